-- A drill election (diễn tập, D-28): fixed at definition, never changed; earlier elections are real.
alter table election add column drill boolean not null default false;
