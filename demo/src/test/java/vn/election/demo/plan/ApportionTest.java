package vn.election.demo.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApportionTest {

    @Test
    void largestRemainderAddsUpExactly() {
        // 10 in thirds: 3.33 each, the first remainder gets the last one
        assertArrayEquals(new int[] {4, 3, 3}, Apportion.largestRemainder(10, new double[] {1, 1, 1}, 0));
        // at least 2 each, the other 4 by weight 3:1
        assertArrayEquals(new int[] {5, 3}, Apportion.largestRemainder(8, new double[] {3, 1}, 2));
    }

    @Test
    void evenlyPutsTheLargerPartsFirst() {
        assertEquals(List.of(5, 5, 5, 5, 4, 4), Apportion.evenly(28, 6));
    }

    @Test
    void contiguousGroupsAreConsecutiveAndNeverEmpty() {
        assertEquals(
                List.of(List.of(1, 2, 3), List.of(4), List.of(5)),
                Apportion.contiguous(List.of(1, 2, 3, 4, 5), List.of(5, 1, 1)));
    }
}
