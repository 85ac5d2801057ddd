-- Turnout through election day (R-1): how many have voted in a polling area at a checkpoint. Every
-- version is kept: a correction is a new version with a reason, and only the newest is current.
-- Checkpoints are "HH:mm" or "CLOSE", so ordering by the text orders them by time, CLOSE last.
create table turnout_report (
    id                uuid          primary key,
    election_id       uuid          not null,
    polling_area_id   uuid          not null,
    checkpoint        varchar(5)    not null,
    version           int           not null,
    current           boolean       not null,
    voted             int           not null,
    on_list           int           not null,
    correction_reason varchar(1000),
    reported_at       timestamptz   not null,
    unique (polling_area_id, checkpoint, version)
);
create unique index turnout_report_current on turnout_report (polling_area_id, checkpoint) where current;
create index turnout_report_election on turnout_report (election_id, polling_area_id, checkpoint) where current;
