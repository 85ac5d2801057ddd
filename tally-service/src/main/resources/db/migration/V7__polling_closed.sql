-- "All KVBPs closed" (R-1): when every polling area of an election had reported its turnout at the
-- close of the polls. One row per election: its insert is what sends PollingClosed, so it goes out once.
create table polling_closed (
    election_id   uuid         primary key,
    polling_areas int          not null,
    closed_at     timestamptz  not null
);
