package org.poliin.counselling.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-group suppression for aggregate reports: no figure shows a group of 1 to k-1 persons (k is the
 * minimum group size, never below {@link #FLOOR}), and no such group can be computed back from the figures
 * shown.
 *
 * <p>For a partition (cells that add up to a shown total, like students by status):
 * <ol>
 * <li>a total of 1..k-1 is suppressed with every cell;</li>
 * <li>each cell of 1..k-1 is suppressed (primary suppression); 0 is shown (it singles no one out);</li>
 * <li>complementary suppression: while the suppressed cells add up to less than k, or only one cell is
 * suppressed (then total minus the shown cells would give it back), the smallest shown cell is suppressed
 * too, non-zero cells first; when no cell is left, the total is suppressed.</li>
 * </ol>
 * For cells that do not partition a total (a student can have several categories), only step 2 applies.
 */
public final class SmallGroups {

    /** The smallest minimum group size the module accepts, whatever the configuration says. */
    public static final int FLOOR = 5;

    /** The result: the total (null when suppressed) and each cell (null when suppressed), in input order. */
    public record Result(Long total, Map<String, Long> cells) {
        public boolean suppressed(String key) {
            return cells.get(key) == null;
        }
    }

    private final int k;

    public SmallGroups(int minimumGroupSize) {
        this.k = Math.max(FLOOR, minimumGroupSize);
    }

    public int minimumGroupSize() {
        return k;
    }

    /** True when a single count may be shown on its own. */
    public boolean shows(long count) {
        return count == 0 || count >= k;
    }

    /** Cells that add up to {@code total}. */
    public Result partition(long total, Map<String, Long> cells) {
        Map<String, Long> shown = new LinkedHashMap<>(cells);
        if (!shows(total)) {
            shown.replaceAll((key, value) -> null);
            return new Result(null, shown);
        }
        List<String> suppressed = new ArrayList<>();
        cells.forEach((key, value) -> {
            if (!shows(value)) {
                suppressed.add(key);
            }
        });
        boolean totalShown = true;
        while (!suppressed.isEmpty() && (suppressed.size() == 1 || sum(cells, suppressed) < k)) {
            String next = cells.entrySet().stream().filter(e -> !suppressed.contains(e.getKey()))
                    .min(Comparator.<Map.Entry<String, Long>>comparingInt(e -> e.getValue() == 0 ? 1 : 0)
                            .thenComparingLong(Map.Entry::getValue))
                    .map(Map.Entry::getKey).orElse(null);
            if (next == null) {
                totalShown = false;
                break;
            }
            suppressed.add(next);
        }
        suppressed.forEach(key -> shown.put(key, null));
        return new Result(totalShown ? total : null, shown);
    }

    /** Cells that overlap (no total derivable): each small one is suppressed. */
    public Map<String, Long> independent(Map<String, Long> cells) {
        Map<String, Long> shown = new LinkedHashMap<>(cells);
        shown.replaceAll((key, value) -> shows(value) ? value : null);
        return shown;
    }

    private static long sum(Map<String, Long> cells, List<String> keys) {
        return keys.stream().mapToLong(cells::get).sum();
    }
}
