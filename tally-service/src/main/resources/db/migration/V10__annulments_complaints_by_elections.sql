-- Annulments (W-6, D-10, D-11): the National Election Council annuls the result of round 1 of a unit, or of
-- one of its polling areas, for a serious violation; the unit goes to a bầu lại. The annulled minutes and
-- result stay, marked with the annulment.
create table annulment (
    id                       uuid          primary key,
    election_id              uuid          not null,
    unit_id                  uuid          not null references unit_round (unit_id),
    body                     varchar(32)   not null,
    polling_area_id          uuid,
    round                    int           not null,
    reason                   varchar(2000) not null,
    prior_status             varchar(32)   not null,
    proposed_by              uuid,
    proposal_reference       varchar(200),
    annulled_by              varchar(200),
    annulled_by_organization uuid,
    annulled_at              timestamptz   not null
);
create index annulment_election on annulment (election_id, annulled_at);

alter table unit_round add column annulment_id uuid, add column annulled_at timestamptz,
    add column annulment_reason varchar(2000);
alter table count_minutes add column annulment_id uuid;

-- The complaints section of count minutes (M-3, D-12): null when the minutes recorded none.
alter table count_minutes add column complaints_received int, add column complaints_resolved int,
    add column complaints_forwarded int, add column complaints_resolution varchar(2000);

-- Their running sums per unit and round (M-5), kept with the other figures: how many minutes recorded the
-- section, and its sums.
alter table unit_tally add column complaints_recorded bigint not null default 0,
    add column complaints_received bigint not null default 0,
    add column complaints_resolved bigint not null default 0,
    add column complaints_forwarded bigint not null default 0;

-- Deputies who left during the term (W-7, D-13): one seat missing each, until a by-election.
create table vacancy (
    id                       uuid          primary key,
    election_id              uuid          not null,
    unit_id                  uuid          not null,
    body                     varchar(32)   not null,
    candidate_id             uuid          not null,
    left_on                  date          not null,
    reason                   varchar(1000) not null,
    recorded_by              varchar(200),
    recorded_by_organization uuid,
    recorded_at              timestamptz   not null,
    unique (election_id, candidate_id)
);

-- By-elections during the term (bầu cử bổ sung, W-7), defined once their conditions hold.
create table by_election (
    id                       uuid          primary key,
    election_id              uuid          not null,
    body                     varchar(32)   not null,
    administrative_unit_code varchar(32),
    ground                   varchar(32)   not null,
    date                     date          not null,
    unit_ids                 uuid[]        not null,
    seats                    int           not null,
    sitting                  int           not null,
    defined_by               varchar(200),
    defined_by_organization  uuid,
    defined_at               timestamptz   not null
);
create index by_election_election on by_election (election_id, date);
