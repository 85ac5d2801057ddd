package vn.election.tally.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.election.events.Body;
import vn.election.events.tally.UnitStatus;

/**
 * Who is elected in an electoral unit for one body and round, and what state the unit is in after it
 * (Law 85/2015 Art.78-80; W-1..W-6, W-8 of docs/rules.md). Pure: numbers in, outcome out.
 */
public final class WinnerDetermination {

    private WinnerDetermination() {}

    /** The kind of a round: the election itself, a bầu thêm (W-5) or a bầu lại (W-6). */
    public enum RoundKind {
        FIRST,
        ADDITIONAL,
        REPEAT;

        /** The round number of the events: 1 for the election, 2 for either second round. */
        public int number() {
            return this == FIRST ? 1 : 2;
        }
    }

    /** A candidate on the round's ballot with the votes counted for them. */
    public record Contender(UUID id, long votes, LocalDate birthDate) {}

    /**
     * @param body         decides the W-5 threshold
     * @param kind         which round
     * @param seats        seats to fill in this round (for a bầu thêm: the seats left empty)
     * @param totalVoters  voters on the lists of the unit's polling areas for this body
     * @param participated voters who took part
     * @param valid        valid ballots
     * @param contenders   the candidates on the ballot with their votes
     */
    public record Input(
            Body body,
            RoundKind kind,
            int seats,
            long totalVoters,
            long participated,
            long valid,
            List<Contender> contenders) {}

    /**
     * @param status    the unit's state after the round (W-8)
     * @param elected   the winners, by votes (then age)
     * @param undecided candidates tied at the last seat with the same birth date, to be decided above (W-4)
     * @param reason    why, citing the rule
     */
    public record Outcome(UnitStatus status, List<UUID> elected, List<UUID> undecided, String reason) {}

    public static Outcome determine(Input in) {
        // W-1: the result counts only if more than half of the listed voters took part. A bầu lại is
        // recognized whatever its turnout (no second bầu lại, W-6); a bầu thêm below it fills nothing (this
        // project's decision) and is not repeated (no second bầu thêm, W-5).
        boolean turnoutOverHalf = 2 * in.participated() > in.totalVoters();
        String turnout = in.participated() + " of " + in.totalVoters() + " voters took part ("
                + Percentages.of(in.participated(), in.totalVoters()) + "%)";
        if (!turnoutOverHalf && in.kind() == RoundKind.FIRST) {
            return new Outcome(
                    UnitStatus.NEEDS_REPEAT_ELECTION,
                    List.of(),
                    List.of(),
                    "W-1: " + turnout + ", not over half: bầu lại with the same candidates (W-6)");
        }
        if (!turnoutOverHalf && in.kind() == RoundKind.ADDITIONAL) {
            return new Outcome(
                    UnitStatus.ADDITIONAL_ELECTION_DONE,
                    List.of(),
                    List.of(),
                    "W-1, W-5: " + turnout + " in the bầu thêm, not over half: no one elected; no second bầu thêm, "
                            + vacant(in.seats()));
        }
        Selection selection = select(in);
        if (!selection.undecided.isEmpty()) {
            // W-4 leaves a tie of birth dates unregulated: the competent body decides it (D-6), in any round
            return new Outcome(
                    UnitStatus.NEEDS_TIE_DECISION,
                    selection.elected,
                    selection.undecided,
                    "W-4, D-6: " + selection.undecided.size() + " candidates tie at the last seat with "
                            + selection.tiedVotes + " votes and the same birth date; not regulated, left to the "
                            + "competent body's decision");
        }
        return filled(in.body(), in.kind(), in.seats(), selection.elected, "");
    }

    /**
     * The outcome once a tie of birth dates is decided above (D-6): the round takes the state it would have
     * had with those winners.
     *
     * @param elected every winner of the round, the chosen included
     * @param chosen  the tied candidates the competent body gave the remaining seats to
     */
    public static Outcome decided(Body body, RoundKind kind, int seats, List<UUID> elected, List<UUID> chosen) {
        return filled(
                body,
                kind,
                seats,
                elected,
                "D-6: the tie at the last seat (W-4) decided by the competent body for " + chosen.size()
                        + (chosen.size() == 1 ? " candidate; " : " candidates; "));
    }

    private static Outcome filled(Body body, RoundKind kind, int seats, List<UUID> elected, String prefix) {
        return new Outcome(
                state(body, kind, seats, elected.size()),
                elected,
                List.of(),
                prefix + reason(body, kind, seats, elected.size()));
    }

    private record Selection(List<UUID> elected, List<UUID> undecided, long tiedVotes) {}

    /** W-2 more than half of the valid votes (strict), W-3 the top seats, W-4 a tie goes to the older. */
    private static Selection select(Input in) {
        List<Contender> qualified = in.contenders().stream()
                .filter(c -> 2 * c.votes() > in.valid())
                .sorted(Comparator.comparingLong(Contender::votes).reversed().thenComparing(Contender::birthDate))
                .toList();
        if (qualified.size() <= in.seats()) {
            return new Selection(ids(qualified), List.of(), 0);
        }
        long lastVotes = qualified.get(in.seats() - 1).votes();
        List<Contender> above =
                qualified.stream().filter(c -> c.votes() > lastVotes).toList();
        List<Contender> tied =
                qualified.stream().filter(c -> c.votes() == lastVotes).toList(); // oldest first
        int open = in.seats() - above.size();
        List<Contender> elected = new ArrayList<>(above);
        if (tied.size() > open
                && tied.get(open - 1).birthDate().equals(tied.get(open).birthDate())) {
            LocalDate sameDay = tied.get(open).birthDate();
            tied.stream().filter(c -> c.birthDate().isBefore(sameDay)).forEach(elected::add);
            return new Selection(
                    ids(elected),
                    ids(tied.stream().filter(c -> c.birthDate().equals(sameDay)).toList()),
                    lastVotes);
        }
        elected.addAll(tied.subList(0, open));
        return new Selection(ids(elected), List.of(), 0);
    }

    /**
     * W-5: too few elected calls for a bầu thêm once; W-8, D-8: a second round is the last, and ends done
     * whatever it filled.
     */
    private static UnitStatus state(Body body, RoundKind kind, int seats, int elected) {
        return switch (kind) {
            case ADDITIONAL -> UnitStatus.ADDITIONAL_ELECTION_DONE;
            case REPEAT -> UnitStatus.REPEAT_ELECTION_DONE;
            case FIRST ->
                needsAdditional(body, seats, elected) ? UnitStatus.NEEDS_ADDITIONAL_ELECTION : UnitStatus.VALID;
        };
    }

    /** W-5: the National Assembly when any seat is empty; a People's Council below two thirds (strict). */
    static boolean needsAdditional(Body body, int seats, int elected) {
        return body == Body.NATIONAL_ASSEMBLY ? elected < seats : 3 * elected < 2 * seats;
    }

    private static String reason(Body body, RoundKind kind, int seats, int elected) {
        String filled = elected + " of " + seats(seats) + " filled";
        int empty = seats - elected;
        return switch (kind) {
            case ADDITIONAL ->
                "W-5: bầu thêm, " + filled + (empty == 0 ? "" : "; no second bầu thêm, " + vacant(empty));
            case REPEAT ->
                "W-6: bầu lại recognized whatever its turnout (no second bầu lại), " + filled
                        + (empty == 0 ? "" : "; " + vacant(empty));
            case FIRST -> {
                if (empty == 0) {
                    yield "W-2, W-3: " + filled;
                }
                if (needsAdditional(body, seats, elected)) {
                    yield "W-5: " + filled
                            + (body == Body.NATIONAL_ASSEMBLY
                                    ? ", the National Assembly needs every seat"
                                    : ", below two thirds")
                            + ": bầu thêm for " + seats(empty) + " with the candidates not elected";
                }
                yield "W-5: " + filled + ", not below two thirds: " + vacant(empty);
            }
        };
    }

    private static String seats(int n) {
        return n + (n == 1 ? " seat" : " seats");
    }

    private static String vacant(int n) {
        return seats(n) + (n == 1 ? " stays vacant" : " stay vacant");
    }

    private static List<UUID> ids(List<Contender> contenders) {
        return contenders.stream().map(Contender::id).toList();
    }
}
