package vn.election.demo.day;

/**
 * Shares out the marks of one group of ballots among candidates: {@code n} valid ballots that each elect
 * {@code k} persons carry {@code k·n} marks, and no candidate can get more than {@code n} of them (one per
 * ballot). Proportional to weights, capped at {@code n} (water-filling), in whole numbers adding up exactly.
 * Any such split is the tally of some set of ballots, so minutes built from it pass CK-5 and CK-6.
 */
final class VoteSplit {

    private VoteSplit() {}

    static int[] of(long marks, int cap, double[] weights) {
        int c = weights.length;
        if (marks > (long) cap * c) {
            throw new IllegalArgumentException(
                    marks + " marks cannot go to " + c + " candidates at most " + cap + " each");
        }
        double[] exact = new double[c];
        boolean[] capped = new boolean[c];
        double remaining = marks;
        boolean changed = true;
        while (changed) {
            changed = false;
            double sum = 0;
            for (int i = 0; i < c; i++) {
                if (!capped[i]) {
                    sum += weights[i];
                }
            }
            for (int i = 0; i < c; i++) {
                if (!capped[i] && remaining * weights[i] / sum >= cap) {
                    capped[i] = true;
                    exact[i] = cap;
                    remaining -= cap;
                    changed = true;
                }
            }
            if (!changed) {
                for (int i = 0; i < c; i++) {
                    if (!capped[i]) {
                        exact[i] = remaining * weights[i] / sum;
                    }
                }
            }
        }
        int[] out = new int[c];
        long given = 0;
        for (int i = 0; i < c; i++) {
            out[i] = (int) Math.floor(exact[i] + 1e-9);
            given += out[i];
        }
        while (given < marks) {
            int best = -1;
            for (int i = 0; i < c; i++) {
                if (out[i] < cap && (best < 0 || exact[i] - out[i] > exact[best] - out[best])) {
                    best = i;
                }
            }
            out[best]++;
            given++;
        }
        return out;
    }
}
