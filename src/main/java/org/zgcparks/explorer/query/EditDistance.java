package org.zgcparks.explorer.query;

/**
 * Optimal-string-alignment distance (edits and adjacent swaps) with reusable rows and an early exit once every
 * entry of a row exceeds the bound, so a search allocates nothing per word. Not thread-safe: one per search.
 */
final class EditDistance {
    private int[] prev2, prev, cur;

    EditDistance(int capacity) {
        prev2 = new int[capacity + 1];
        prev = new int[capacity + 1];
        cur = new int[capacity + 1];
    }

    /** Distance from {@code q} to the first {@code |q|} characters of {@code word} (a typed prefix). */
    int toPrefix(String q, String word, int max) {
        int m = Math.min(word.length(), q.length());
        if (q.length() - m > max || m < 2 || !plausible(q, word)) {
            return max + 1;
        }
        return between(q, q.length(), word, m, max);
    }

    /**
     * A near miss keeps its first letter, or its second, or has the two swapped: a cheap test that spares
     * the distance computation for nearly every word of a large index.
     */
    private static boolean plausible(String q, String w) {
        char q0 = q.charAt(0), q1 = q.charAt(1), w0 = w.charAt(0), w1 = w.charAt(1);
        return q0 == w0 || q1 == w1 || (q0 == w1 && q1 == w0);
    }

    /** The distance between the first {@code n} characters of {@code a} and the first {@code m} of {@code b}, or
     * {@code max + 1} if it exceeds {@code max}. */
    int between(String a, int n, String b, int m, int max) {
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        if (m + 1 > prev.length) {
            prev2 = new int[m + 1];
            prev = new int[m + 1];
            cur = new int[m + 1];
        }
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = i;
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char bj = b.charAt(j - 1);
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
