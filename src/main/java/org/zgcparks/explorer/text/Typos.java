package org.zgcparks.explorer.text;

/**
 * How many typing slips separate two short strings: the edit distance with adjacent transpositions counting as one
 * edit (optimal string alignment), for "did you mean" on the command line and for park names. Hand-written: the
 * libraries at hand give Levenshtein without transpositions (Apache Commons Text), and a swapped pair of letters
 * is the commonest slip; the search index keeps its own bounded, allocation-free variant for its hot path.
 */
public final class Typos {

    private Typos() {
    }

    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
