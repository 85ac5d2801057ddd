-- Administrative units (đơn vị hành chính): provinces, districts (until 2025) and communes, by official code.
create table administrative_unit (
    code          varchar(5)   primary key,
    name          varchar(200) not null,
    level         varchar(16)  not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    parent_code   varchar(5)   references administrative_unit (code),
    -- the province it lies in (itself for a province): "same province" checks without walking the tree
    province_code varchar(5)   not null,
    created_at    timestamptz  not null,
    check ((level = 'PROVINCE') = (parent_code is null))
);
create index administrative_unit_parent on administrative_unit (parent_code, code);
