-- Members of election organizations are persons known by citizen id (ORG-3 matches a member with a candidate by
-- it, never by name and date of birth). Rows from before this migration have none and match no one.
alter table organization_member add column citizen_id varchar(12);
create index organization_member_by_citizen on organization_member (citizen_id);
-- ORG-2: a team of an armed-forces unit alone has 5-9 members, not 11-21
alter table organization add column armed_forces_only boolean not null default false;

-- The membership history of each organization (D-33): its founding members, then every addition and withdrawal
-- by the founding body (a replacement is both), with who and when.
create table organization_member_change (
    id                 bigint        generated always as identity primary key,
    organization_id    uuid          not null references organization (id),
    change             varchar(16)   not null check (change in ('FOUNDED', 'ADDED', 'WITHDRAWN')),
    member_id          uuid          not null,
    citizen_id         varchar(12),
    full_name          varchar(200)  not null,
    role               varchar(100)  not null,
    -- an addition that replaces a member: the one who left
    replaces_member_id uuid,
    reason             varchar(1000),
    changed_by         varchar(200),
    changed_at         timestamptz   not null
);
create index organization_member_change_by_organization on organization_member_change (organization_id, id);

-- C-4: where a dossier is filed. A central nominee for the NA files at the National Election Council; a People's
-- Council candidate lives or works regularly inside the council's administrative unit.
alter table candidate add column central_nominee boolean not null default false;
alter table candidate add column residence_code varchar(5) references administrative_unit (code);
alter table candidate add column workplace_code varchar(5) references administrative_unit (code);
-- C-5 found from election day on: the candidacy is not recognized at any level (D-32)
alter table candidate add column not_recognized_at timestamptz;
alter table candidate add column not_recognized_reason varchar(1000);
alter table candidate add column not_recognized_by varchar(200);
