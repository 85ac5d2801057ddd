-- The votes per candidate move into their minutes' row, as two arrays in the same order: one row per
-- minutes instead of one more per candidate, with its primary key and foreign key checks. On the national
-- benchmark those vote rows were the largest single cost of an accepted batch in PostgreSQL.
alter table count_minutes add column candidate_ids uuid[], add column candidate_votes int[];
update count_minutes m set candidate_ids = v.ids, candidate_votes = v.votes
from (select minutes_id, array_agg(candidate_id order by candidate_id) as ids,
             array_agg(votes order by candidate_id) as votes
      from minutes_votes group by minutes_id) v
where v.minutes_id = m.id;
update count_minutes set candidate_ids = '{}', candidate_votes = '{}' where candidate_ids is null;
alter table count_minutes alter column candidate_ids set not null, alter column candidate_votes set not null;

-- The running sums of each unit's round over its current minutes (CK-7, M-5): each batch adds what its
-- minutes bring and takes back what the versions they correct brought, under the unit's lock, instead of
-- summing every minutes of the unit again. Votes per candidate are two arrays in the same order.
create table unit_tally (
    unit_id          uuid        not null references unit_round (unit_id) on delete cascade,
    round            int         not null,
    reported         bigint      not null,
    total_voters     bigint      not null,
    participated     bigint      not null,
    ballots_issued   bigint      not null,
    ballots_received bigint      not null,
    valid            bigint      not null,
    invalid          bigint      not null,
    last_accepted_at timestamptz,
    candidate_ids    uuid[]      not null,
    candidate_votes  bigint[]    not null,
    primary key (unit_id, round)
);

insert into unit_tally (unit_id, round, reported, total_voters, participated, ballots_issued, ballots_received,
                        valid, invalid, last_accepted_at, candidate_ids, candidate_votes)
select t.unit_id, t.round, t.reported, t.total_voters, t.participated, t.ballots_issued, t.ballots_received,
       t.valid, t.invalid, t.last_accepted_at, coalesce(v.ids, '{}'), coalesce(v.votes, '{}')
from (select unit_id, round, count(*) as reported, sum(total_voters) as total_voters,
             sum(voters_participated) as participated, sum(ballots_issued) as ballots_issued,
             sum(ballots_received) as ballots_received, sum(valid) as valid, sum(invalid) as invalid,
             max(accepted_at) as last_accepted_at
      from count_minutes where current group by unit_id, round) t
left join (select unit_id, round, array_agg(candidate_id order by candidate_id) as ids,
                  array_agg(votes order by candidate_id) as votes
           from (select m.unit_id, m.round, v.candidate_id, sum(v.votes) as votes
                 from minutes_votes v join count_minutes m on m.id = v.minutes_id
                 where m.current group by m.unit_id, m.round, v.candidate_id) s
           group by unit_id, round) v on v.unit_id = t.unit_id and v.round = t.round;

drop table minutes_votes;
