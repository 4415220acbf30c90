package org.zgcparks.explorer.dataset;

import java.util.Locale;

/**
 * Hostile and oversized datasets, generated on the fly (never committed as large files): rings of many points,
 * rings that cross themselves, huge arrays of numbers.
 */
final class HostileDatasets {

    private static final String ONE_RING =
            "[[[116.30, 39.97], [116.32, 39.97], [116.32, 39.99], [116.30, 39.99], [116.30, 39.97]]]";

    private HostileDatasets() {
    }

    /** The valid test dataset with its one park's outline parts replaced by {@code parts} (a JSON array of rings). */
    static String withParts(String parts) {
        String valid = ValidationTest.VALID;
        if (!valid.contains(ONE_RING)) {
            throw new IllegalStateException("the valid test dataset changed its outline");
        }
        return valid.replace(ONE_RING, parts);
    }

    /** The valid test dataset with an extra top-level member (unknown members are ignored by the mapper). */
    static String withExtra(String json) {
        String valid = ValidationTest.VALID.stripTrailing();
        return valid.substring(0, valid.length() - 1) + ",\n  \"extra\": " + json + "\n}\n";
    }

    /** A closed ring of {@code n} distinct points on a circle around the park's centre: simple, {@code n + 1} positions. */
    static StringBuilder circle(int n) {
        return circle(n, -1);
    }

    /**
     * Like {@link #circle(int)}, but with positions {@code swap} and {@code swap + 1} exchanged (when
     * {@code swap >= 0}), which makes edge {@code swap - 1} cross edge {@code swap + 1}.
     */
    static StringBuilder circle(int n, int swap) {
        StringBuilder sb = new StringBuilder(n * 40);
        sb.append('[');
        for (int k = 0; k <= n; k++) {
            int i = k % n;
            if (swap >= 0 && i == swap) {
                i = swap + 1;
            } else if (swap >= 0 && i == swap + 1) {
                i = swap;
            }
            double a = 2 * Math.PI * i / n;
            if (k > 0) {
                sb.append(',');
            }
            sb.append(String.format(Locale.ROOT, "[%.9f,%.9f]", 116.31 + 0.01 * Math.cos(a), 39.98 + 0.01 * Math.sin(a)));
        }
        return sb.append(']');
    }

    /** A flat JSON array of {@code n} zeros. */
    static String zeros(int n) {
        StringBuilder sb = new StringBuilder(2 * n + 2).append('[');
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "0" : ",0");
        }
        return sb.append(']').toString();
    }

    /** {@code depth} nested arrays. */
    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }
}
