package vn.election.tally.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Percentages as the minutes print them (M-8): two decimals, rounded half up (22.566 % → 22.57 %),
 * and the parts of one whole (valid and invalid ballots, ...) adjusted to sum to exactly 100 %.
 */
public final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {}

    /** {@code part} of {@code total} in percent, two decimals, half up; 0.00 when the total is 0. */
    public static BigDecimal of(long part, long total) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    /**
     * The shares of parts that make one whole, summing to exactly 100.00 (M-8): each share is cut to
     * hundredths of a percent, and the hundredths still missing go to the largest remainders (the
     * earlier part first on equal remainders). When rounding each half up already sums to 100, this
     * gives the same figures.
     */
    public static BigDecimal[] shares(long... parts) {
        long total = 0;
        for (long part : parts) {
            total += part;
        }
        BigDecimal[] shares = new BigDecimal[parts.length];
        if (total == 0) {
            Arrays.fill(shares, BigDecimal.ZERO.setScale(2));
            return shares;
        }
        long[] hundredths = new long[parts.length];
        long[] remainders = new long[parts.length];
        long missing = 10_000;
        for (int i = 0; i < parts.length; i++) {
            hundredths[i] = parts[i] * 10_000 / total;
            remainders[i] = parts[i] * 10_000 % total;
            missing -= hundredths[i];
        }
        for (; missing > 0; missing--) {
            int largest = 0;
            for (int i = 1; i < parts.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            hundredths[largest]++;
            remainders[largest] = -1;
        }
        for (int i = 0; i < parts.length; i++) {
            shares[i] = BigDecimal.valueOf(hundredths[i], 2);
        }
        return shares;
    }
}
