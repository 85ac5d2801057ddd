-- Candidates (người ứng cử): one row per filing in one electoral unit; a person is known by citizen id.
create table candidate (
    id                uuid         primary key,
    election_id       uuid         not null references election (id),
    electoral_unit_id uuid         not null references electoral_unit (id),
    body              varchar(32)  not null,
    citizen_id        varchar(12)  not null,
    full_name         varchar(200) not null,
    name_folded       varchar(200) not null,
    birth_date        date         not null,
    gender            varchar(8)   not null,
    ethnicity         varchar(100) not null,
    religion          varchar(100) not null,
    hometown          varchar(300) not null,
    residence         varchar(300) not null,
    education         varchar(300) not null,
    occupation        varchar(300) not null,
    workplace         varchar(300) not null,
    party_member      boolean      not null,
    nomination        varchar(16)  not null,
    biography         text         not null,
    withdrawn_at      timestamptz,
    withdrawal_reason varchar(1000),
    created_at        timestamptz  not null,
    -- C-5: one filing per body; the levels rule is checked in code under an advisory lock
    unique (election_id, citizen_id, body)
);
create index candidate_by_unit on candidate (electoral_unit_id);

-- The official candidate list (danh sách chính thức) of a unit: published when C-7 holds, flagged
-- when a withdrawal takes it below C-7.
create table candidate_list (
    electoral_unit_id uuid        primary key references electoral_unit (id),
    published_at      timestamptz not null,
    below_minimum     boolean     not null
);
