-- Every write is attributable (DESIGN.md section 6): the subject of the bearer token that made it.
-- Transitions (K-9) and nominations already record theirs; rows written before tokens have none.
alter table campaign add column created_by varchar(200);
alter table decision add column created_by varchar(200);
alter table achievement add column recorded_by varchar(200);
-- who entered a nominee the registry does not know (null for the registry's own)
alter table nominee add column entered_by varchar(200);
-- K-5: who last set the restrictions in force, and when
alter table nominee add column restrictions_set_by varchar(200);
alter table nominee add column restrictions_set_at timestamptz;
