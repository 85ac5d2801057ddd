-- D-20: each publication of a polling area's list counts (the finalization, then each V-9 or V-10 change of a
-- finalized list) carries a version one higher than the last, so the tally never lets an older count replace a
-- newer one. Lists finalized before this migration published without a version (0); their next one is 1.
alter table voter_list_final add column version bigint not null default 0;
