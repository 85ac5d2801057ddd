-- C-5, D-40: a candidate the National Election Council found, from election day on, to have broken C-5 is
-- recognized as elected at no level. Kept apart from the lists (a list published again replaces its
-- candidates) and from the minutes, whose ingest never reads it.
create table candidate_not_recognized (
    unit_id      uuid          not null,
    candidate_id uuid          not null,
    election_id  uuid          not null,
    rule         varchar(16)   not null,
    reason       varchar(1000) not null,
    found_at     timestamptz   not null,
    primary key (unit_id, candidate_id)
);

-- A determination's reason now also tells each winner left out and the finding, which alone may be 1000 long.
alter table unit_result alter column reason type text;
