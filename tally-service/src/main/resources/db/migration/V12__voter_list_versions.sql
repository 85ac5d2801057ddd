-- D-20: the version of the voter list counts a polling area holds (polling_area_voters), as the registry
-- published them; null until its finalized list arrives (D-19), 0 for counts published before lists had versions.
-- A count of a lower version than this one is older and changes nothing.
alter table polling_area add column voter_list_version bigint;
update polling_area p set voter_list_version = 0
where exists (select 1 from polling_area_voters v where v.polling_area_id = p.id);
