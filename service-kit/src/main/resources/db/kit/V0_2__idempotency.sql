-- Answers to writes that carried an Idempotency-Key (DESIGN.md section 5): a replay gets the first answer.
create table idempotent_request (
    scope        varchar(200) not null,
    key          varchar(200) not null,
    fingerprint  varchar(64)  not null,
    status       int,
    location     varchar(500),
    body         text,
    created_at   timestamptz  not null default now(),
    primary key (scope, key)
);
