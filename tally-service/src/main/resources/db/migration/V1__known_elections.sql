-- The elections this service has learned of from the registry's ElectionDefined events (read model).
create table election (
    id           uuid         primary key,
    name         varchar(300) not null,
    election_day date         not null,
    time_zone    varchar(64)  not null,
    ruleset      varchar(4)   not null,
    learned_at   timestamptz  not null
);

create table election_body (
    election_id uuid        not null references election (id) on delete cascade,
    body        varchar(32) not null,
    primary key (election_id, body)
);
