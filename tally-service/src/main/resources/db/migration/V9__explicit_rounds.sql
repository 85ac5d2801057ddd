-- Second rounds are opened by the competent body (D-8, D-9), no longer by the first round's determination:
-- the day it is held, who opened it, when, and the proposal it was opened on.
alter table unit_round
    add column second_round_date      date,
    add column opened_at              timestamptz,
    add column opened_by              varchar(200),
    add column opened_by_organization uuid,
    add column proposal               varchar(200);

-- A tie at the last seat between candidates born on the same day is decided by the competent body (W-4, D-6).
alter table unit_result
    add column tie_chosen                  uuid[],
    add column tie_decision_reason         varchar(1000),
    add column tie_decided_by              varchar(200),
    add column tie_decided_by_organization uuid,
    add column tie_decided_at              timestamptz;

-- A round left with such a tie waits for the decision in a state that says so.
update unit_result set status = 'NEEDS_TIE_DECISION' where cardinality(undecided) > 0;
update unit_round r set status = 'NEEDS_TIE_DECISION'
from unit_result u
where u.unit_id = r.unit_id and u.round = r.round and cardinality(u.undecided) > 0 and r.certified_at is null;

-- Second rounds that opened by themselves are being counted: they say so, and when they opened.
update unit_round
set status = case kind when 'ADDITIONAL' then 'ADDITIONAL_ELECTION_COUNT' else 'REPEAT_ELECTION_COUNT' end,
    opened_at = changed_at
where round = 2 and status in ('NEEDS_ADDITIONAL_ELECTION', 'NEEDS_REPEAT_ELECTION');
