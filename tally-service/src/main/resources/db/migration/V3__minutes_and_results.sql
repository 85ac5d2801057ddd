-- Count minutes (biên bản kết quả kiểm phiếu) per polling area, body and round (M-3). Every version is
-- kept: a correction is a new version with a reason, and only the newest is current.
create table count_minutes (
    id                    uuid          primary key,
    election_id           uuid          not null,
    polling_area_id       uuid          not null,
    body                  varchar(32)   not null,
    unit_id               uuid          not null,
    round                 int           not null,
    version               int           not null,
    current               boolean       not null,
    total_voters          int           not null,
    voters_participated   int           not null,
    ballots_issued        int           not null,
    ballots_received      int           not null,
    valid                 int           not null,
    invalid               int           not null,
    invalid_by_reason     jsonb,
    ballots_by_count      int[]         not null,
    received_from_commune int,
    unused                int,
    spoiled               int,
    warnings              varchar(200)  not null,
    correction_reason     varchar(1000),
    accepted_at           timestamptz   not null,
    on_time               boolean       not null,
    unique (polling_area_id, body, round, version)
);
create unique index count_minutes_current on count_minutes (polling_area_id, body, round) where current;
create index count_minutes_unit on count_minutes (unit_id, round) where current;

create table minutes_votes (
    minutes_id   uuid not null references count_minutes (id) on delete cascade,
    candidate_id uuid not null,
    votes        int  not null,
    primary key (minutes_id, candidate_id)
);

-- Every change of a unit's figures takes the next number: the "since" cursor of published results.
create sequence result_change_seq;

-- The state of each electoral unit for its body (W-8) and the round its minutes go to (W-5, W-6).
create table unit_round (
    unit_id      uuid         primary key,
    election_id  uuid         not null,
    body         varchar(32)  not null,
    round        int          not null,
    kind         varchar(16)  not null,
    seats        int          not null,
    status       varchar(32)  not null,
    change_seq   bigint       not null,
    changed_at   timestamptz  not null,
    certified_at timestamptz,
    certified_by uuid
);
create index unit_round_election on unit_round (election_id, change_seq);

-- The ballot of a second round: bầu thêm = first-list candidates not elected; bầu lại = the same list.
create table round_candidate (
    unit_id      uuid not null references unit_round (unit_id) on delete cascade,
    round        int  not null,
    candidate_id uuid not null,
    primary key (unit_id, round, candidate_id)
);

-- The determination of a unit's round (M-5, W-1..W-6), once all its polling areas have reported.
create table unit_result (
    unit_id       uuid          not null references unit_round (unit_id) on delete cascade,
    round         int           not null,
    kind          varchar(16)   not null,
    seats         int           not null,
    status        varchar(32)   not null,
    reason        varchar(1000) not null,
    elected       uuid[]        not null,
    undecided     uuid[]        not null,
    determined_at timestamptz   not null,
    primary key (unit_id, round)
);
