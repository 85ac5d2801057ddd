-- Complaints before election day: about a voter list (V-8) or a candidate (R-3), recorded by an official on the
-- complainant's behalf (D-34), answered by a deadline, then possibly taken to court (D-36).

-- V-8 counts the complaint window from the list's posting: its first finalization. Finalizing it again later
-- (after a change) does not post it anew.
alter table voter_list_final add column posted_at timestamptz;
update voter_list_final set posted_at = finalized_at;
alter table voter_list_final alter column posted_at set not null;

-- A complaint answered by a change of the list (V-8) is one more kind of list change (V-9).
alter table voter_list_change drop constraint voter_list_change_kind_check;
alter table voter_list_change add constraint voter_list_change_kind_check
    check (kind in ('IMPORT', 'REMOVAL', 'TRANSFER', 'ADDITION', 'CORRECTION'));

create table complaint (
    id                    uuid          primary key,
    election_id           uuid          not null references election (id),
    subject               varchar(16)   not null check (subject in ('VOTER_LIST', 'CANDIDATE')),
    -- a voter list's complaint: the polling area whose list, and the voter concerned (if on no list yet, the
    -- citizen to add)
    polling_area_id       uuid          references polling_area (id),
    voter_citizen_id      varchar(12),
    -- a candidate's complaint
    candidate_id          uuid          references candidate (id),
    -- the complainant: personal data, for officials only (D-34)
    complainant_id        varchar(12)   not null,
    complainant_name      varchar(200)  not null,
    complainant_contact   varchar(300),
    grounds               varchar(4000) not null,
    filed_on              date          not null,
    deadline              date          not null,
    state                 varchar(24)   not null,
    answer                varchar(4000),
    answered_late         boolean       not null default false,
    -- the change of the list an upheld voter-list complaint made (V-9 kinds)
    list_change           varchar(16),
    court                 varchar(300),
    appealed_on           date,
    court_decided_on      date,
    court_decision        varchar(4000),
    check ((subject = 'VOTER_LIST') = (polling_area_id is not null)),
    check ((subject = 'CANDIDATE') = (candidate_id is not null))
);
create index complaint_by_election on complaint (election_id, state, deadline);
create index complaint_by_voter on complaint (election_id, voter_citizen_id) where voter_citizen_id is not null;
create index complaint_by_candidate on complaint (candidate_id) where candidate_id is not null;

-- Every step a complaint took: who (the token's subject and organization), when, from which state to which.
create table complaint_step (
    id           bigint        generated always as identity primary key,
    complaint_id uuid          not null references complaint (id),
    action       varchar(24)   not null,
    from_state   varchar(24),
    to_state     varchar(24)   not null,
    actor        varchar(200)  not null,
    organization uuid,
    taken_at     timestamptz   not null
);
create index complaint_step_by_complaint on complaint_step (complaint_id, id);
