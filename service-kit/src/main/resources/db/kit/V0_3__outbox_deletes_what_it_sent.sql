-- The relay deletes a message once Kafka has acknowledged it (the topics keep every event), so every
-- row in the outbox is pending: the id's primary key orders them, and published_at has nothing to say.
drop index outbox_message_unpublished;
alter table outbox_message drop column published_at;
