-- Electoral units (đơn vị bầu cử) per election and body, with seats (EU-1, EU-2).
create table electoral_unit (
    id                       uuid         primary key,
    election_id              uuid         not null references election (id),
    body                     varchar(32)  not null,
    number                   int          not null check (number > 0),
    name                     varchar(300) not null,
    seats                    int          not null check (seats between 1 and 5),
    administrative_unit_code varchar(5)   not null references administrative_unit (code),
    created_at               timestamptz  not null,
    unique (election_id, body, administrative_unit_code, number)
);

-- Polling areas (khu vực bỏ phiếu), each in one commune (PA-3) and one unit per body (PA-4).
create table polling_area (
    id              uuid         primary key,
    election_id     uuid         not null references election (id),
    number          int          not null check (number > 0),
    name            varchar(300) not null,
    commune_code    varchar(5)   not null references administrative_unit (code),
    station_address varchar(500) not null,
    remote          boolean      not null,
    special         boolean      not null,
    created_at      timestamptz  not null,
    unique (election_id, commune_code, number)
);

create table polling_area_unit (
    polling_area_id   uuid        not null references polling_area (id),
    body              varchar(32) not null,
    electoral_unit_id uuid        not null references electoral_unit (id),
    primary key (polling_area_id, body)
);
create index polling_area_unit_by_unit on polling_area_unit (electoral_unit_id);
