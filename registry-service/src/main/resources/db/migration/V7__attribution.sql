-- Every write is attributable (DESIGN.md section 6): who (the token's subject), when, what. Rows from
-- before this migration were written without tokens and keep null.
alter table election add column created_by varchar(200);
alter table administrative_unit add column created_by varchar(200);
alter table electoral_unit add column created_by varchar(200);
alter table polling_area add column created_by varchar(200);
alter table organization add column created_by varchar(200);
alter table candidate add column created_by varchar(200);
alter table candidate add column withdrawn_by varchar(200);
alter table candidate_list add column published_by varchar(200);
alter table voter_list_final add column finalized_by varchar(200);

-- The changes of the voter lists (V-5, V-9, V-10), one row per import, removal or transfer certificate: the
-- voter table itself holds only the current lists, bulk-loaded, and a removed voter leaves no row there.
create table voter_list_change (
    id              bigint       generated always as identity primary key,
    election_id     uuid         not null references election (id),
    kind            varchar(16)  not null check (kind in ('IMPORT', 'REMOVAL', 'TRANSFER')),
    -- the polling area (a removal, a transfer: the origin) or the province (an import of its lists)
    polling_area_id uuid         references polling_area (id),
    province_code   varchar(5)   references administrative_unit (code),
    citizen_id      varchar(12),
    -- an import: the voters added; a transfer: the destination
    voters_added    bigint,
    to_polling_area uuid         references polling_area (id),
    changed_by      varchar(200) not null,
    changed_at      timestamptz  not null
);
create index voter_list_change_by_citizen on voter_list_change (election_id, citizen_id);
