-- An election (cuộc bầu cử) and the bodies it elects (domain.md 0.5, ED-3).
create table election (
    id           uuid         primary key,
    name         varchar(300) not null,
    election_day date         not null,
    time_zone    varchar(64)  not null,
    ruleset      varchar(4)   not null check (ruleset in ('2021', '2026')),
    created_at   timestamptz  not null
);

create table election_body (
    election_id uuid        not null references election (id) on delete cascade,
    body        varchar(32) not null,
    primary key (election_id, body)
);
