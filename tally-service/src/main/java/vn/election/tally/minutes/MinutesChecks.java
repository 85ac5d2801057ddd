package vn.election.tally.minutes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.election.events.Rule;
import vn.election.kit.problem.Problem.FieldError;

/**
 * The arithmetic checks of count minutes (M-9, CK-1..CK-10), that the votes name exactly the
 * candidates on the ballot (M-3), and that the voters on the list are the list's (D-18). Pure. Hard
 * failures reject the minutes; warnings are stored with them.
 * CK-7 (unit = Σ its polling areas) holds by construction, as unit figures are only ever summed from
 * the minutes, and is checked against the board's own figures at certification.
 */
public final class MinutesChecks {

    private MinutesChecks() {}

    /**
     * @param hard     each failed hard check, with the field and the numbers involved
     * @param warnings the warning checks raised, e.g. CK-4
     */
    public record Result(List<FieldError> hard, List<Rule> warnings) {}

    /**
     * @param m      the minutes
     * @param seats  seats to fill in this round: the largest k of n_k (B-4)
     * @param ballot the candidates on this round's ballot
     */
    public static Result check(MinutesSubmission m, int seats, Collection<UUID> ballot) {
        List<FieldError> hard = new ArrayList<>();
        List<Rule> warnings = new ArrayList<>();
        if (m.votersParticipated() > m.totalVoters()) {
            hard.add(FieldError.of(
                    "votersParticipated",
                    Rule.CK_1,
                    "votersParticipated " + m.votersParticipated() + " exceeds totalVoters " + m.totalVoters()));
        }
        if (m.ballotsReceived() > m.ballotsIssued()) {
            hard.add(FieldError.of(
                    "ballotsReceived",
                    Rule.CK_2,
                    "ballotsReceived " + m.ballotsReceived() + " exceeds ballotsIssued " + m.ballotsIssued()));
        } else if (m.ballotsReceived() < m.ballotsIssued()) {
            warnings.add(Rule.CK_2);
        }
        if (m.valid() + m.invalid() != m.ballotsReceived()) {
            hard.add(FieldError.of(
                    "valid",
                    Rule.CK_3,
                    "valid " + m.valid() + " + invalid " + m.invalid() + " = " + (m.valid() + m.invalid())
                            + ", but ballotsReceived is " + m.ballotsReceived()));
        }
        if (m.invalidByReason() != null && !m.invalidByReason().isEmpty()) {
            int byReason = m.invalidByReason().values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            if (byReason != m.invalid()) {
                hard.add(FieldError.of(
                        "invalidByReason",
                        Rule.B_1,
                        "invalid ballots by reason add up to " + byReason + ", but invalid is " + m.invalid()));
            }
        }
        if (!m.ballotsIssued().equals(m.votersParticipated())) {
            warnings.add(Rule.CK_4);
        }
        m.votes().forEach((candidate, votes) -> {
            if (votes < 0 || votes > m.valid()) {
                hard.add(FieldError.of(
                        "votes[" + candidate + "]",
                        Rule.CK_5,
                        "votes " + votes + " are outside 0.." + m.valid() + " (valid ballots)"));
            }
        });
        checkBallotsByCount(m, seats, hard);
        if (m.inventory() != null) {
            var inv = m.inventory();
            int accounted = m.ballotsIssued() + inv.unused() + inv.spoiled();
            if (inv.receivedFromCommune() != accounted) {
                hard.add(FieldError.of(
                        "inventory.receivedFromCommune",
                        Rule.CK_8,
                        "receivedFromCommune "
                                + inv.receivedFromCommune() + " differs from ballotsIssued " + m.ballotsIssued()
                                + " + unused "
                                + inv.unused() + " + spoiled " + inv.spoiled() + " = " + accounted));
            }
        }
        if (m.ballotsIssued() > m.totalVoters()) {
            hard.add(FieldError.of(
                    "ballotsIssued",
                    Rule.CK_9,
                    "ballotsIssued " + m.ballotsIssued() + " exceeds totalVoters " + m.totalVoters()
                            + ": at most one ballot per listed voter"));
        }
        if (2L * m.votersParticipated() <= m.totalVoters()) {
            warnings.add(Rule.CK_10);
        }
        checkComplaints(m.complaints(), hard);
        checkCandidates(m.votes(), ballot, hard);
        return new Result(hard, warnings);
    }

    /**
     * D-18: the minutes' voters on the list are the voters on the polling area's finalized list for the body, as
     * the registry last published it; W-1 then measures turnout against the list, never a figure the team writes.
     *
     * @param listed the voters on the list the tally holds for the polling area and body
     */
    public static Optional<FieldError> againstTheList(MinutesSubmission m, int listed) {
        if (m.totalVoters() == listed) {
            return Optional.empty();
        }
        return Optional.of(FieldError.of(
                "totalVoters",
                Rule.D_18,
                "totalVoters " + m.totalVoters() + " differs from the " + listed
                        + " voters on the polling area's finalized list for " + m.body()));
    }

    /** CK-6: n_k for k = 1..seats; Σn_k = valid and Σvotes = Σk·n_k. */
    private static void checkBallotsByCount(MinutesSubmission m, int seats, List<FieldError> hard) {
        List<Integer> n = m.ballotsByCount();
        if (n.size() > seats) {
            hard.add(FieldError.of(
                    "ballotsByCount",
                    Rule.CK_6,
                    "n_k is given for k up to " + n.size() + ", but a valid ballot elects at most " + seats
                            + " (B-4)"));
        }
        long ballots = 0;
        long marks = 0;
        for (int k = 1; k <= n.size(); k++) {
            ballots += n.get(k - 1);
            marks += (long) k * n.get(k - 1);
        }
        if (ballots != m.valid()) {
            hard.add(FieldError.of("ballotsByCount", Rule.CK_6, "Σn_k = " + ballots + ", but valid is " + m.valid()));
        }
        long votes = m.votes().values().stream().mapToLong(Integer::longValue).sum();
        if (votes != marks) {
            hard.add(FieldError.of("votes", Rule.CK_6, "Σvotes = " + votes + ", but Σk·n_k = " + marks));
        }
    }

    /** D-12: of the complaints received, those settled by the team and those passed to the board are at most all. */
    private static void checkComplaints(MinutesSubmission.Complaints c, List<FieldError> hard) {
        if (c != null && c.resolved() + c.forwarded() > c.received()) {
            hard.add(FieldError.of(
                    "complaints.resolved",
                    Rule.D_12,
                    "complaints resolved " + c.resolved() + " + forwarded " + c.forwarded() + " = "
                            + (c.resolved() + c.forwarded()) + " exceed received " + c.received()));
        }
    }

    /** M-3: one vote count for each candidate on the ballot, and for no one else. */
    private static void checkCandidates(Map<UUID, Integer> votes, Collection<UUID> ballot, List<FieldError> hard) {
        votes.keySet().stream()
                .filter(c -> !ballot.contains(c))
                .forEach(c -> hard.add(FieldError.of(
                        "votes[" + c + "]", Rule.M_3, "not a candidate on the ballot of this unit and round")));
        List<UUID> missing = ballot.stream().filter(c -> !votes.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            hard.add(FieldError.of("votes", Rule.M_3, "no votes given for candidates " + missing));
        }
    }
}
