-- The structure the tally counts in, learned from the registry's events only (DESIGN.md section 3).

-- Administrative units (đơn vị hành chính): provinces and communes, for the roll-ups (M-6, M-7).
create table administrative_unit (
    code        varchar(20)  primary key,
    name        varchar(300) not null,
    level       varchar(16)  not null,
    parent_code varchar(20)
);
create index administrative_unit_parent on administrative_unit (parent_code);

-- Electoral units (đơn vị bầu cử) with their seats (EU-1, EU-2).
create table electoral_unit (
    id                       uuid         primary key,
    election_id              uuid         not null,
    body                     varchar(32)  not null,
    number                   int          not null,
    name                     varchar(300) not null,
    seats                    int          not null,
    administrative_unit_code varchar(20)  not null
);
create index electoral_unit_election on electoral_unit (election_id, body);

-- Polling areas (khu vực bỏ phiếu), the unit they vote in per body (PA-4), their voters per body (M-3).
create table polling_area (
    id           uuid         primary key,
    election_id  uuid         not null,
    number       int          not null,
    name         varchar(300) not null,
    commune_code varchar(20)  not null,
    remote       boolean      not null,
    special      boolean      not null
);
create index polling_area_election on polling_area (election_id);
create index polling_area_commune on polling_area (commune_code);

create table polling_area_unit (
    polling_area_id uuid        not null references polling_area (id) on delete cascade,
    body            varchar(32) not null,
    unit_id         uuid        not null,
    primary key (polling_area_id, body)
);
create index polling_area_unit_unit on polling_area_unit (unit_id);

create table polling_area_voters (
    polling_area_id uuid        not null references polling_area (id) on delete cascade,
    body            varchar(32) not null,
    voters          int         not null,
    primary key (polling_area_id, body)
);

-- Official candidate lists (danh sách chính thức những người ứng cử) per unit, in ballot order. They
-- arrive on another topic than the units, so they do not reference electoral_unit.
create table candidate_list (
    unit_id      uuid        primary key,
    election_id  uuid        not null,
    body         varchar(32) not null,
    seats        int         not null,
    published_at timestamptz not null
);

create table candidate (
    unit_id        uuid          not null references candidate_list (unit_id) on delete cascade,
    position       int           not null,
    candidate_id   uuid          not null,
    full_name      varchar(300)  not null,
    birth_date     date          not null,
    gender         varchar(16),
    withdrawn      boolean       not null,
    withdrawal_reason varchar(1000),
    primary key (unit_id, position)
);
create index candidate_by_id on candidate (candidate_id);
