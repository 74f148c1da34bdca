package org.communitysafety.core.lang;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * "Did you mean" suggestions: the known name nearest to an unknown one by edit distance
 * (Levenshtein), offered only when it is close — at most a third of the characters differ.
 *
 * <p>Stateless and thread-safe.
 */
public final class Suggest {
    private Suggest() {}

    /** The known name nearest to {@code name}, if one is close enough; ties go to a name of the same length, then the smaller. */
    public static Optional<String> nearest(String name, Collection<String> known) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(known, "known");
        int limit = Math.max(1, name.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name, k, limit);
            if (d < bestDistance || (d == bestDistance && best != null && better(name, k, best))) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** On a tie, a name of the same length as the unknown one (a typo, not a cut), then the smaller. */
    private static boolean better(String name, String candidate, String best) {
        boolean sameLength = candidate.length() == name.length();
        if (sameLength != (best.length() == name.length())) {
            return sameLength;
        }
        return candidate.compareTo(best) < 0;
    }

    /** {@code "; did you mean X?"} when there is a near name, otherwise the empty string. */
    public static String didYouMean(String name, Collection<String> known) {
        return nearest(name, known).map(s -> "; did you mean " + s + "?").orElse("");
    }

    /** The edit distance of {@code a} and {@code b}, or {@code Integer.MAX_VALUE} when it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return Integer.MAX_VALUE;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] > limit ? Integer.MAX_VALUE : prev[b.length()];
    }
}
