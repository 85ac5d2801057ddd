-- Campaigns of commendation (đợt khen thưởng) for an election and one issuer, with the criteria
-- checklist (K-6) and the quotas (K-7) as data.
create table campaign (
    id                     uuid         primary key,
    election_id            uuid         not null references election (id),
    name                   varchar(300) not null,
    authority              varchar(60)  not null,
    issuer_name            varchar(300) not null,
    -- which issuer of that authority (a province's code, a ministry ...): decisions are numbered per issuer (K-10)
    issuer_scope           varchar(60)  not null,
    number_pattern         varchar(60)  not null,
    party_opinion_required boolean      not null,
    created_at             timestamptz  not null
);
create table campaign_criterion (
    campaign_id uuid         not null references campaign (id),
    position    int          not null,
    code        varchar(40)  not null,
    description varchar(500) not null,
    primary key (campaign_id, position)
);
create table campaign_quota (
    campaign_id    uuid        not null references campaign (id),
    form           varchar(60) not null,
    recipient_kind varchar(20) not null,
    max_awards     int         not null check (max_awards >= 0),
    primary key (campaign_id, form, recipient_kind)
);

-- Nominees: collectives (committees, boards, teams learned from the registry, or entered) and
-- individuals (members learned from the registry, or entered). No foreign key to election: the
-- registry's organizations are kept even if they arrive before their election.
create table nominee (
    id                       uuid         primary key,
    election_id              uuid         not null,
    kind                     varchar(20)  not null,
    organization_kind        varchar(40),
    name                     varchar(300) not null,
    role                     varchar(200),
    workplace                varchar(300),
    organization_id          uuid,
    administrative_unit_code varchar(20),
    electoral_unit_id        uuid,
    polling_area_id          uuid,
    source                   varchar(20)  not null,
    updated_at               timestamptz  not null
);
create index nominee_by_election on nominee (election_id, id);
create index nominee_by_polling_area on nominee (polling_area_id) where polling_area_id is not null;
create index nominee_by_electoral_unit on nominee (electoral_unit_id) where electoral_unit_id is not null;
-- K-5: no award or proposal while under discipline, investigation, inspection or unresolved complaint
create table nominee_restriction (
    nominee_id  uuid        not null references nominee (id),
    restriction varchar(40) not null,
    primary key (nominee_id, restriction)
);
create table achievement (
    id          uuid          primary key,
    nominee_id  uuid          not null references nominee (id),
    description varchar(4000) not null,
    recorded_at timestamptz   not null
);

-- Nominations (đề nghị khen thưởng) with their dossier (K-8) and state (K-9).
create table nomination (
    id                  uuid          primary key,
    campaign_id         uuid          not null references campaign (id),
    nominee_id          uuid          not null references nominee (id),
    achievement_id      uuid          not null references achievement (id),
    form                varchar(60)   not null,
    recipient_kind      varchar(20)   not null,
    state               varchar(30)   not null,
    submission_number   varchar(60),
    submission_date     date,
    submitting_body     varchar(300),
    achievement_report  varchar(8000),
    original_sets       int           not null,
    council_meeting_on  date,
    council_members     int,
    council_present     int,
    council_votes_for   int,
    party_opinion       varchar(2000),
    forwarded_from      uuid          references nomination (id),
    created_by          varchar(200)  not null,
    created_at          timestamptz   not null,
    version             int           not null
);
create index nomination_by_campaign on nomination (campaign_id, id);
-- K-5: one achievement, one form. A rejected or forwarded nomination no longer holds its achievement.
create unique index nomination_one_form_per_achievement on nomination (achievement_id)
    where state not in ('REJECTED', 'FORWARDED_TO_HIGHER');
create table nomination_criterion_met (
    nomination_id  uuid        not null references nomination (id),
    criterion_code varchar(40) not null,
    primary key (nomination_id, criterion_code)
);
create table nomination_attachment (
    nomination_id uuid         not null references nomination (id),
    position      int          not null,
    kind          varchar(40)  not null,
    file_name     varchar(300) not null,
    media_type    varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    primary key (nomination_id, position)
);
-- Every transition of K-9, with who took it, in which role, when and why.
create table nomination_transition (
    id            bigint generated always as identity primary key,
    nomination_id uuid          not null references nomination (id),
    action        varchar(30)   not null,
    from_state    varchar(30)   not null,
    to_state      varchar(30)   not null,
    acting_role   varchar(40)   not null,
    actor         varchar(200)  not null,
    reason        varchar(2000),
    taken_at      timestamptz   not null
);
create index nomination_transition_by_nomination on nomination_transition (nomination_id, id);

-- Decision numbers (K-10): one counter per issuer and calendar year, advanced inside the deciding
-- transaction, so numbers are unique and gap-free (a rolled back decision gives its number back).
create table decision_counter (
    issuer_key  varchar(100) not null,
    year        int          not null,
    last_number int          not null,
    primary key (issuer_key, year)
);
create table decision (
    id          uuid         primary key,
    campaign_id uuid         not null references campaign (id),
    issuer_key  varchar(100) not null,
    year        int          not null,
    sequence    int          not null,
    number      varchar(60)  not null,
    form        varchar(60)  not null,
    signed_on   date         not null,
    signed_by   varchar(200) not null,
    published_on date,
    created_at  timestamptz  not null,
    unique (issuer_key, year, sequence)
);
-- One nominee's award in a decision: conferral (trao tặng) and revocation (K-12) are recorded, never deleted.
create table award (
    id                uuid          primary key,
    decision_id       uuid          not null references decision (id),
    nomination_id     uuid          not null unique references nomination (id),
    nominee_id        uuid          not null references nominee (id),
    recipient_kind    varchar(20)   not null,
    prize_vnd         numeric(15, 0),
    conferred_on      date,
    revoked_on        date,
    revocation_ground varchar(40),
    revocation_reason varchar(2000),
    recovered_vnd     numeric(15, 0)
);
create index award_by_decision on award (decision_id);
