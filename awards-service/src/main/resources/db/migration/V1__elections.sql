-- The elections this service has learned of from the registry's ElectionDefined events (read model):
-- campaigns of commendations are held for one of them, under its ruleset (K-2, K-3).
create table election (
    id           uuid         primary key,
    name         varchar(300) not null,
    election_day date         not null,
    ruleset      varchar(4)   not null,
    learned_at   timestamptz  not null
);
