-- Published results for the public (mobile apps, media): one document per electoral unit, rebuilt in
-- the transaction that changes the unit, so that a read is one indexed query. change_seq is the unit's
-- number in result_change_seq, taken in commit order per election: the "since" cursor and the ETag.
create table published_unit (
    unit_id      uuid          primary key,
    election_id  uuid          not null,
    body         varchar(32)   not null,
    -- body / administrative unit / number / unit: the order of lists and their keyset cursor
    sort_key     varchar(160)  not null,
    -- the unit's administrative unit and every one above it, for the lists of a province or commune
    path         varchar(20)[] not null,
    change_seq   bigint        not null,
    changed_at   timestamptz   not null,
    status       varchar(32)   not null,
    provisional  boolean       not null,
    elected      int           not null,
    reported     bigint        not null,
    expected     bigint        not null,
    total_voters bigint        not null,
    participated bigint        not null,
    valid        bigint        not null,
    invalid      bigint        not null,
    document     text          not null
);
create index published_unit_changes on published_unit (election_id, change_seq);
create index published_unit_order on published_unit (election_id, sort_key);
create index published_unit_path on published_unit using gin (path);
