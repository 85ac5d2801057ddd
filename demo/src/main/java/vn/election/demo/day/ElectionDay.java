package vn.election.demo.day;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import vn.election.demo.plan.Apportion;
import vn.election.demo.plan.ElectionPlan;
import vn.election.demo.plan.ElectoralUnitPlan;
import vn.election.demo.plan.PollingAreaPlan;
import vn.election.events.Body;
import vn.election.events.Rule;

/**
 * Election day of a plan, as pure functions of its seed: who has voted by each checkpoint, the count of
 * every polling area and body (M-3), and the few minutes that go wrong. Every listed voter gets every body's
 * ballot (all are permanent residents, V-6), so an area's participation is the same for each body.
 */
public final class ElectionDay {

    private static final LocalTime OPENS = LocalTime.of(7, 0);
    private static final LocalTime CLOSES = LocalTime.of(19, 0);
    /** How fast voters come: the share voted after a fraction t of the day is 1 − (1 − t)^1.8 (95.6 % by 17:00). */
    private static final double CURVE = 1.8;

    private final ElectionPlan plan;
    private final int[] finalVoted;
    private final double[][] unitWeights;

    public ElectionDay(ElectionPlan plan) {
        this.plan = plan;
        this.finalVoted = finalVoted(plan);
        this.unitWeights = plan.units().stream().map(this::weights).toArray(double[][]::new);
    }

    /** Voters of the area who have voted by the close. */
    public int votedByClose(PollingAreaPlan area) {
        return finalVoted[area.index()];
    }

    /**
     * Voters who have voted by a checkpoint ({@code HH:mm} or {@code CLOSE}): rising through the day, never above
     * the figure at the close.
     */
    public int votedBy(PollingAreaPlan area, String checkpoint) {
        int atClose = finalVoted[area.index()];
        if ("CLOSE".equals(checkpoint)) {
            return atClose;
        }
        LocalTime at = LocalTime.parse(checkpoint);
        double t = Math.min(
                1,
                Math.max(
                        0,
                        (at.toSecondOfDay() - OPENS.toSecondOfDay())
                                / (double) (CLOSES.toSecondOfDay() - OPENS.toSecondOfDay())));
        // the area's own pace: a little ahead of or behind the curve, the same at every checkpoint
        double pace = 0.94 + 0.06 * random(area.index(), -1).nextDouble();
        double share = Math.min(0.998, (1 - Math.pow(1 - t, CURVE)) * pace);
        return (int) Math.min(atClose, Math.floor(atClose * share));
    }

    /** The count of one polling area for one body, passing every check of M-9. */
    public Count count(PollingAreaPlan area, Body body) {
        ElectoralUnitPlan unit = plan.unitOf(area, body);
        SplittableRandom r = random(area.index(), body.ordinal());
        int participated = finalVoted[area.index()];
        int[] byCount = ballotsByCount(unit.seats(), unit.shortOfWinners(), participated, r);
        return count(area, body, participated, byCount, unitWeights[unit.index()], r);
    }

    /**
     * The count of the additional election (bầu thêm, W-5) in a unit that filled too few seats: the same
     * voter list, a ballot of the candidates not elected, {@code seats} seats; fewer voters come back.
     *
     * @param ballot positions on the unit's list of the candidates on this ballot
     */
    public Count additionalCount(PollingAreaPlan area, ElectoralUnitPlan unit, List<Integer> ballot, int seats) {
        SplittableRandom r = random(area.index(), 100 + unit.body().ordinal());
        int participated = (int) Math.floor(finalVoted[area.index()] * (0.93 + 0.05 * r.nextDouble()));
        int[] byCount = ballotsByCount(seats, false, participated, r);
        double[] weights = new double[ballot.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i < seats ? 1.0 - 0.04 * i : 0.3;
        }
        return count(area, unit.body(), participated, byCount, weights, r);
    }

    private Count count(
            PollingAreaPlan area,
            Body body,
            int participated,
            int[] byCount,
            double[] unitWeights,
            SplittableRandom r) {
        int invalid = (int) Math.round(participated * (0.004 + 0.012 * r.nextDouble()));
        int valid = participated - invalid;
        // n_k was drawn for every ballot cast; the invalid ones come off the largest group
        int largest = 0;
        for (int k = 1; k < byCount.length; k++) {
            largest = byCount[k] > byCount[largest] ? k : largest;
        }
        byCount[largest] -= invalid;
        double[] weights = unitWeights.clone();
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= 0.96 + 0.08 * r.nextDouble();
        }
        int[] votes = new int[weights.length];
        for (int k = 1; k <= byCount.length; k++) {
            int[] group = VoteSplit.of((long) k * byCount[k - 1], byCount[k - 1], weights);
            for (int i = 0; i < votes.length; i++) {
                votes[i] += group[i];
            }
        }
        return new Count(
                area.index(),
                body,
                area.voters(),
                participated,
                participated,
                participated,
                valid,
                invalid,
                byCount,
                votes);
    }

    /**
     * Three polling areas get their provincial-council minutes wrong, each in a way one check catches, and a
     * fourth swaps two candidates' NA votes, which no check can see and the team corrects with a reason.
     */
    public List<Mistake> mistakes() {
        List<PollingAreaPlan> areas = plan.areas();
        int n = areas.size();
        Body body = plan.bodies().contains(Body.PROVINCIAL_COUNCIL)
                ? Body.PROVINCIAL_COUNCIL
                : plan.bodies().get(0);
        List<Mistake> out = new ArrayList<>();
        // CK-3: valid + invalid must equal the ballots received; the invalid ones were counted twice
        Count right = count(areas.get(n / 7), body);
        out.add(new Mistake(
                right.withInvalid(right.invalid() + 10),
                right,
                Rule.CK_3,
                "Cộng nhầm số phiếu không hợp lệ (đếm hai lần 10 phiếu)"));
        // CK-6: Σvotes must equal Σk·n_k; a candidate's votes were copied with 9 too many
        right = count(areas.get(2 * n / 7), body);
        int[] votes = right.votes().clone();
        int last = votes.length - 1;
        votes[last] += Math.min(9, right.valid() - votes[last]);
        out.add(new Mistake(right.withVotes(votes), right, Rule.CK_6, "Chép nhầm số phiếu bầu của một người ứng cử"));
        // CK-1: no more participants than voters on the list; a digit was typed twice
        right = count(areas.get(3 * n / 7), body);
        out.add(new Mistake(
                right.withVotersParticipated(right.totalVoters() + 10),
                right,
                Rule.CK_1,
                "Ghi nhầm số cử tri đã tham gia bỏ phiếu"));
        // no check sees two candidates' votes swapped: accepted, then corrected (a new version with its reason)
        right = count(areas.get(4 * n / 7), plan.bodies().get(0));
        votes = right.votes().clone();
        int swap = votes[0];
        votes[0] = votes[1];
        votes[1] = swap;
        out.add(new Mistake(
                right.withVotes(votes), right, null, "Ghi nhầm số phiếu giữa hai người ứng cử đầu danh sách"));
        return out;
    }

    /**
     * n_k for all ballots cast: most elect as many as there are seats; in the short unit most elect one person.
     * {@link #count} then takes the invalid ones off the largest group.
     */
    private static int[] ballotsByCount(int seats, boolean shortOfWinners, int ballots, SplittableRandom r) {
        int[] n = new int[seats];
        if (seats == 1) {
            n[0] = ballots;
        } else if (shortOfWinners) {
            n[1] = (int) Math.round(ballots * 0.35);
            n[0] = ballots - n[1];
        } else {
            n[seats - 1] = (int) Math.round(ballots * (0.84 + 0.06 * r.nextDouble()));
            double[] rest =
                    IntStream.rangeClosed(1, seats - 1).mapToDouble(k -> k).toArray();
            int[] shares = Apportion.largestRemainder(ballots - n[seats - 1], rest, 0);
            System.arraycopy(shares, 0, n, 0, seats - 1);
        }
        return n;
    }

    /**
     * How voters of a unit favour its candidates, in list order. In an ordinary unit the {@code seats}
     * favourites get well over half of the valid ballots (W-2) and the others well under; in the short unit
     * only one does, so that fewer than two thirds of the seats are filled (W-5).
     */
    private double[] weights(ElectoralUnitPlan unit) {
        SplittableRandom r = random(-1, unit.index());
        int c = unit.candidates().size();
        double[] strength = new double[c];
        for (int i = 0; i < c; i++) {
            if (unit.shortOfWinners()) {
                strength[i] = i == 0 ? 0.62 : 0.73 / (c - 1) * (0.9 + 0.2 * r.nextDouble());
            } else if (i < unit.seats()) {
                strength[i] = 1.0 - 0.04 * i + 0.03 * r.nextDouble();
            } else {
                strength[i] = 0.35 - 0.05 * (i - unit.seats()) + 0.03 * r.nextDouble();
            }
        }
        // the favourites are anywhere on the (alphabetical) list, not always first
        int[] order = shuffled(c, r);
        double[] weights = new double[c];
        for (int i = 0; i < c; i++) {
            weights[order[i]] = strength[i];
        }
        return weights;
    }

    /** Turnout at the close: 100 % in most areas; the plan's abstainers spread over the others, one at least. */
    private static int[] finalVoted(ElectionPlan plan) {
        List<PollingAreaPlan> areas = plan.areas();
        int[] voted = areas.stream().mapToInt(PollingAreaPlan::voters).toArray();
        long abstainers = plan.voters() - plan.votedTarget();
        int notFull = (int) Math.min(areas.size() - plan.areasAtFullTurnout(), abstainers);
        if (notFull == 0) {
            return voted;
        }
        SplittableRandom r = new SplittableRandom(plan.seed() ^ 0x5EED_DA7AL);
        int[] order = shuffled(areas.size(), r);
        int[] chosen = Arrays.copyOf(order, notFull);
        double[] weights = Arrays.stream(chosen)
                .mapToDouble(i -> areas.get(i).voters() * (0.5 + r.nextDouble()))
                .toArray();
        int[] away = Apportion.largestRemainder(abstainers, weights, 1);
        for (int i = 0; i < notFull; i++) {
            voted[chosen[i]] -= Math.min(away[i], voted[chosen[i]] - 1);
        }
        return voted;
    }

    /** 0..n-1 in a random order (Fisher-Yates). */
    private static int[] shuffled(int n, SplittableRandom r) {
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private SplittableRandom random(int area, int salt) {
        return new SplittableRandom(plan.seed() * 1_000_003L + area * 8_191L + salt);
    }
}
