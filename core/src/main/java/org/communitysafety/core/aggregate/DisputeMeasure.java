package org.communitysafety.core.aggregate;

/**
 * The figures a {@link Cube} of {@link RecordKind#DISPUTES} holds for every (unit, period, type).
 * Each is an exact {@code long}; the indicators are ratios and changes of these.
 *
 * <p>For a period P with first day F and last day L, a dispute received on day r and — unless
 * open — closed on day c (r ≤ c) counts as follows. An open dispute has no c and is "not
 * closed" by any day.
 *
 * <h2>The ledger</h2>
 * For every (unit, period, type):
 * <pre>
 *   OPENING_BACKLOG + RECEIVED − CONCLUDED = CLOSING_BACKLOG
 * </pre>
 * since the disputes with r ≤ L that are not closed before F are exactly those open at the
 * start (r &lt; F) and those received in P (r ≥ F); of them, the ones closed in P leave and the
 * rest are open at the end. Tested as a property.
 */
public enum DisputeMeasure {
    /** Disputes received in the period: F ≤ r ≤ L (受理数). */
    RECEIVED,
    /**
     * Of the disputes received in the period, those resolved (调解成功) by its last day: F ≤ r ≤ L,
     * status resolved, c ≤ L. 调解成功率 (cohort) = RESOLVED / RECEIVED.
     */
    RESOLVED,
    /**
     * Of the disputes received in the period, those concluded — any status but open — by its
     * last day: F ≤ r ≤ L and c ≤ L. 调结率 = CONCLUDED_OF_RECEIVED / RECEIVED.
     */
    CONCLUDED_OF_RECEIVED,
    /**
     * Disputes concluded in the period, whenever received: F ≤ c ≤ L (the ledger's outflow).
     * Their days-to-close distribution is {@link Cube#distribution(int, int)}.
     */
    CONCLUDED,
    /** Of the disputes concluded in the period, those resolved: F ≤ c ≤ L and status resolved. */
    CONCLUDED_RESOLVED,
    /**
     * Disputes open at the start of the period: received before its first day and not closed
     * before its first day, r &lt; F and (open or c ≥ F).
     */
    OPENING_BACKLOG,
    /**
     * Disputes open at the end of the period (存量): received on or before its last day and not
     * closed by its last day, r ≤ L and (open or c &gt; L).
     */
    CLOSING_BACKLOG,
    /**
     * Old disputes (陈年纠纷): those of {@link #CLOSING_BACKLOG} received more than 365 days
     * before the period's last day, L − r &gt; 365.
     */
    OLD_BACKLOG,
    /** The amount involved in the disputes received in the period, in fen. */
    AMOUNT_FEN;

    static final DisputeMeasure[] ALL = values();
}
