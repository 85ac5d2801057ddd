-- Measured performance, from the tally's events (read model). Every fact is kept under its natural key
-- and inserted once, so a redelivered or reordered event changes nothing; suggestions are recomputed
-- from these facts.
create table turnout_fact (
    polling_area_id uuid        not null,
    checkpoint      varchar(20) not null,
    reported_at     timestamptz not null,
    election_id     uuid        not null,
    voted           int         not null,
    on_list         int         not null,
    primary key (polling_area_id, checkpoint, reported_at)
);
create table minutes_fact (
    polling_area_id  uuid         not null,
    body             varchar(30)  not null,
    version          int          not null,
    election_id      uuid         not null,
    warnings         varchar(500) not null,
    first_time_right boolean      not null,
    on_time          boolean      not null,
    submitted_by     uuid,
    accepted_at      timestamptz  not null,
    primary key (polling_area_id, body, version)
);
create index minutes_fact_by_submitter on minutes_fact (submitted_by) where submitted_by is not null;
create table unit_fact (
    unit_id       uuid         not null,
    body          varchar(30)  not null,
    round         int          not null,
    status        varchar(40)  not null,
    election_id   uuid         not null,
    reason        varchar(500),
    seats         int          not null,
    elected       int          not null,
    determined_at timestamptz  not null,
    primary key (unit_id, body, round, status)
);
create table certification_fact (
    unit_id      uuid        not null,
    body         varchar(30) not null,
    election_id  uuid        not null,
    certified_by uuid,
    certified_at timestamptz not null,
    primary key (unit_id, body)
);
create index certification_fact_by_certifier on certification_fact (certified_by) where certified_by is not null;

-- A suggested nominee with its evidence; withdrawn (active = false) when later facts contradict it.
create table suggestion (
    id            uuid          primary key,
    election_id   uuid          not null,
    nominee_id    uuid          not null references nominee (id),
    kind          varchar(40)   not null,
    evidence      varchar(2000) not null,
    active        boolean       not null,
    nomination_id uuid          references nomination (id),
    updated_at    timestamptz   not null,
    unique (nominee_id, kind)
);
create index suggestion_by_election on suggestion (election_id, id);
