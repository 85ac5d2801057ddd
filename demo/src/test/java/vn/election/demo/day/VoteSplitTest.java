package vn.election.demo.day;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class VoteSplitTest {

    /** 10 marks, at most 5 each, equal weights: 3.33 each, the leftover mark to the first. */
    @Test
    void splitsInProportionAndAddsUpExactly() {
        assertArrayEquals(new int[] {4, 3, 3}, VoteSplit.of(10, 5, new double[] {1, 1, 1}));
    }

    /** 12 marks of 5 ballots: the favourite is capped at 5 (one mark per ballot), 7 left for the others. */
    @Test
    void noCandidateGetsMoreMarksThanThereAreBallots() {
        assertArrayEquals(new int[] {5, 4, 3}, VoteSplit.of(12, 5, new double[] {10, 1, 1}));
    }
}
