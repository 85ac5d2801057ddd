-- The tally's announcements of results (R-2): each deadline, and the units it covered, so that a committee's
-- certifications are judged on time against the deadline of their unit's announcement. Kept under natural keys
-- and inserted once, like the other facts.
create table announcement_fact (
    announcement_id uuid        primary key,
    election_id     uuid        not null,
    body            varchar(30) not null,
    announced_by    uuid,
    announced_at    timestamptz not null,
    deadline        date        not null,
    late            boolean     not null
);
create index announcement_fact_by_announcer on announcement_fact (announced_by) where announced_by is not null;
create table announced_unit_fact (
    unit_id         uuid not null,
    announcement_id uuid not null references announcement_fact (announcement_id),
    primary key (unit_id, announcement_id)
);
