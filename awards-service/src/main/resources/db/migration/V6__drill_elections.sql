-- A drill election (diễn tập, D-28), as the registry's ElectionDefined says; earlier elections are real.
alter table election add column drill boolean not null default false;
