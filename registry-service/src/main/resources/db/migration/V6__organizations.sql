-- Election organizations (tổ chức phụ trách bầu cử, ORG-1) and their members.
create table organization (
    id                       uuid         primary key,
    election_id              uuid         not null references election (id),
    kind                     varchar(32)  not null,
    name                     varchar(300) not null,
    administrative_unit_code varchar(5)   references administrative_unit (code),
    electoral_unit_id        uuid         references electoral_unit (id),
    polling_area_id          uuid         references polling_area (id),
    created_at               timestamptz  not null
);
-- ORG-1: one council per election, one committee per administrative unit, one board per electoral unit,
-- one team per polling area
create unique index organization_one_per_place on organization (election_id, kind,
    coalesce(administrative_unit_code, ''), coalesce(electoral_unit_id, polling_area_id,
    '00000000-0000-0000-0000-000000000000'));

create table organization_member (
    organization_id uuid         not null references organization (id),
    member_id       uuid         not null,
    full_name       varchar(200) not null,
    role            varchar(100) not null,
    birth_date      date         not null,
    workplace       varchar(300) not null,
    primary key (organization_id, member_id)
);
