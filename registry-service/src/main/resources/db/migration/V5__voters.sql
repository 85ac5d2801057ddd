-- Voters (cử tri) on the lists of one election. Bulk-loaded through COPY into a staging table, then
-- inserted set-based: no foreign keys here (polling areas are never deleted and every row's area is
-- checked at import), and only the indexes that the rules and searches need.
create table voter (
    election_id     uuid         not null,
    citizen_id      varchar(12)  not null,
    full_name       varchar(200) not null,
    -- NFD without marks, đ -> d, lower case, computed in Java: name search ignores diacritics and case;
    -- "C" collation so that one b-tree serves both the prefix LIKE and the keyset order
    name_folded     varchar(200) collate "C" not null,
    birth_date      date         not null,
    category        varchar(24)  not null,
    polling_area_id uuid         not null,
    -- V-10: a transfer certificate moves the voter here; they never vote at polling_area_id again
    transferred_to  uuid,
    -- V-4: one citizen, one list per election (also across files and concurrent imports)
    primary key (election_id, citizen_id)
);
create index voter_by_name on voter (election_id, name_folded, citizen_id);
create index voter_by_area on voter (polling_area_id, citizen_id);
create index voter_by_destination on voter (transferred_to) where transferred_to is not null;

-- A polling area's list once finalized: later changes (V-9, V-10) publish its counts again.
create table voter_list_final (
    polling_area_id uuid        primary key references polling_area (id),
    finalized_at    timestamptz not null
);
