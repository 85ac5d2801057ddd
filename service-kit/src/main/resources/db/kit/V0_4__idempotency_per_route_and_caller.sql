-- One key scope for every creating write (IdempotentRequests): a key belongs to a route's template and to the
-- caller (the token's subject). Rows written before keep their old scope as their route, with no caller.
alter table idempotent_request rename column scope to route;
alter table idempotent_request alter column route type varchar(500);
alter table idempotent_request add column caller varchar(500) not null default '';
alter table idempotent_request alter column caller drop default;
alter table idempotent_request drop constraint idempotent_request_pkey;
alter table idempotent_request add primary key (route, caller, key);
