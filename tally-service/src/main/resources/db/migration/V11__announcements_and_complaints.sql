-- The announcement of a body's results by the competent body (R-2, D-14): for the NA nation-wide, for a
-- People's Council within its administrative unit. A late announcement is still made and marked (D-15).
create table result_announcement (
    id                        uuid         primary key,
    election_id               uuid         not null,
    body                      varchar(32)  not null,
    administrative_unit_code  varchar(20),
    announced_at              timestamptz  not null,
    announced_by              varchar(200) not null,
    announced_by_organization uuid,
    deadline                  date         not null,
    late                      boolean      not null
);
create index result_announcement_election on result_announcement (election_id, announced_at);

-- The units an announcement announced.
create table announced_unit (
    announcement_id uuid not null references result_announcement (id) on delete cascade,
    position        int  not null,
    unit_id         uuid not null,
    primary key (announcement_id, position)
);

-- The elected as announced (danh sách người trúng cử): a copy, since the announcement is a document.
create table announced_deputy (
    announcement_id  uuid          not null references result_announcement (id) on delete cascade,
    position         int           not null,
    unit_id          uuid          not null,
    unit_number      int           not null,
    unit_name        varchar(200)  not null,
    candidate_id     uuid          not null,
    full_name        varchar(200)  not null,
    votes            bigint        not null,
    percent_of_valid numeric(5, 2) not null,
    round            int           not null,
    primary key (announcement_id, position)
);

-- A unit's announcement locks its result (D-14) while it stands.
alter table unit_round add column announced_at timestamptz;
alter table unit_round add column announcement_id uuid references result_announcement (id);

-- Complaints about a unit's results (R-2, D-16, D-17). The complainant's name and contact are personal data:
-- read by officials only, never published.
create table result_complaint (
    id                   uuid          primary key,
    election_id          uuid          not null,
    unit_id              uuid          not null,
    body                 varchar(32)   not null,
    text                 varchar(4000) not null,
    complainant_name     varchar(200)  not null,
    complainant_contact  varchar(200)  not null,
    filed_at             timestamptz   not null,
    filed_by             varchar(200)  not null,
    resolver             varchar(40)   not null,
    resolution_due       date          not null,
    outcome              varchar(16),
    remedy               varchar(16),
    reason               varchar(2000),
    decided_at           timestamptz,
    decided_by           varchar(200),
    decided_by_organization uuid
);
create index result_complaint_election on result_complaint (election_id, filed_at);
