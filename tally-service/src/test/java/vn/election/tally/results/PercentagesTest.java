package vn.election.tally.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Percentages of the minutes (M-8): two decimals, half up, parts of a whole summing to 100. */
class PercentagesTest {

    @ParameterizedTest(name = "{0} of {1} = {2}%")
    @CsvSource({
        "22566, 100000, 22.57", // the example of M-8
        "22565, 100000, 22.57", // exactly half a hundredth rounds up
        "22564, 100000, 22.56",
        "931813, 934863, 99.67", // Thái Nguyên 2021, provincial council turnout
        "1, 3, 33.33",
        "0, 0, 0.00"
    })
    void twoDecimalsRoundedHalfUp_M8(long part, long total, String percent) {
        assertEquals(new BigDecimal(percent), Percentages.of(part, total));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 1 1         | 33.34 33.33 33.33
            22566 77434   | 22.57 77.43
            22565 77435   | 22.57 77.43
            2 2 2 2 2 2 1 | 15.39 15.39 15.39 15.38 15.38 15.38 7.69
            919099 12714  | 98.64 1.36
            """)
    void partsOfAWholeSumToExactly100_M8(String parts, String expected) {
        long[] counts = Arrays.stream(parts.trim().split(" +"))
                .mapToLong(Long::parseLong)
                .toArray();

        BigDecimal[] shares = Percentages.shares(counts);

        assertArrayEquals(
                Arrays.stream(expected.trim().split(" +")).map(BigDecimal::new).toArray(), shares);
        assertEquals(new BigDecimal("100.00"), Arrays.stream(shares).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void noPartsCountedGiveZeroShares_M8() {
        assertArrayEquals(new BigDecimal[] {new BigDecimal("0.00"), new BigDecimal("0.00")}, Percentages.shares(0, 0));
    }
}
