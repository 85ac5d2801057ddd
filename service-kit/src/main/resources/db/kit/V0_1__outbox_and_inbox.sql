-- Shared by every service (service-kit). Kit migrations take versions 0.x; a service's own start at 1.

-- Transactional outbox (DESIGN.md section 4): written in the same transaction as the change it
-- announces, published to Kafka afterwards by OutboxRelay, in id order.
create table outbox_message (
    id           bigint generated always as identity primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    event_type   varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    published_at timestamptz
);
create index outbox_message_unpublished on outbox_message (id) where published_at is null;

-- Inbox: one row per event a consumer has applied, written in the same transaction as the effect,
-- so that a redelivered event is recognised and changes nothing.
create table inbox_event (
    consumer    varchar(100) not null,
    event_id    varchar(100) not null,
    event_type  varchar(200) not null,
    received_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
