-- Every write is attributable (DESIGN.md section 6): the subject of the bearer token that made it and,
-- when the token names one, the organization it acted for (team, board, committee). Rows written
-- before tokens have none.
alter table count_minutes add column submitted_by varchar(200);
alter table count_minutes add column submitted_by_organization uuid;
alter table turnout_report add column reported_by varchar(200);
-- certified_by held the certifying organization; it keeps it under a clearer name, beside the person
alter table unit_round rename column certified_by to certified_by_organization;
alter table unit_round add column certified_by varchar(200);
