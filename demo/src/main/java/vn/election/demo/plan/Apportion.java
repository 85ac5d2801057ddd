package vn.election.demo.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Whole numbers that add up exactly to a total, in proportion to weights (largest remainder). */
public final class Apportion {

    private Apportion() {}

    /**
     * @param total   what to share out
     * @param weights one positive weight per share
     * @param minimum each share gets at least this much ({@code minimum * weights.length <= total})
     */
    public static int[] largestRemainder(long total, double[] weights, int minimum) {
        int n = weights.length;
        long rest = total - (long) minimum * n;
        if (rest < 0) {
            throw new IllegalArgumentException(total + " cannot give " + n + " shares at least " + minimum + " each");
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] shares = new int[n];
        double[] remainders = new double[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            double exact = rest * weights[i] / sum;
            shares[i] = minimum + (int) Math.floor(exact);
            remainders[i] = exact - Math.floor(exact);
            given += shares[i] - minimum;
        }
        List<Integer> byRemainder =
                new ArrayList<>(IntStream.range(0, n).boxed().toList());
        byRemainder.sort(
                Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing(i -> i));
        for (int k = 0; given < rest; k++, given++) {
            shares[byRemainder.get(k % n)]++;
        }
        return shares;
    }

    /** {@code total} split into {@code parts} as evenly as possible, larger parts first: 28 in 6 → 5,5,5,5,4,4. */
    public static List<Integer> evenly(int total, int parts) {
        List<Integer> out = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            out.add(total / parts + (i < total % parts ? 1 : 0));
        }
        return out;
    }

    /** Consecutive groups of {@code items}, one per weight, sized by the weights, none empty. */
    public static <T> List<List<T>> contiguous(List<T> items, List<Integer> weights) {
        int[] sizes = largestRemainder(
                items.size(), weights.stream().mapToDouble(Integer::doubleValue).toArray(), 1);
        List<List<T>> groups = new ArrayList<>(sizes.length);
        int from = 0;
        for (int size : sizes) {
            groups.add(List.copyOf(items.subList(from, from + size)));
            from += size;
        }
        return groups;
    }
}
