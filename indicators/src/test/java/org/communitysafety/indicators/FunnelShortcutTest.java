package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The funnel flags skip the exact control limits for units that lie close to their parent's
 * value; this checks that the shortcut never changes a flag, over every unit, group and rate or
 * proportion of a sample with small and large units.
 */
class FunnelShortcutTest {

    @Test
    void theShortcutChangesNoFlag() {
        var data = AgainstRecordsTest.DATA;
        String[] ids = {"incidents.rate_per_10k", "incidents.clearance_rate", "incidents.repeat_call_rate",
            "disputes.resolution_rate", "disputes.success_rate", "outreach.hazard_fix_rate"};
        Results fast = Indicators.of(data).period("2023").compute(ids);
        Results exact = Indicators.of(data).period("2023")
                .compute(java.util.Arrays.stream(ids).map(Indicator::of).toList(), false);
        java.util.List<String> differ = new java.util.ArrayList<>();
        for (int i = 0; i < exact.size(); i++) {
            if (!fast.rows().get(i).equals(exact.rows().get(i))) {
                differ.add(exact.rows().get(i) + " | shortcut: " + fast.rows().get(i).flags());
            }
        }
        assertThat(differ).isEmpty();
        long flagged = exact.stream().filter(r -> r.has(Flag.ABOVE_95) || r.has(Flag.ABOVE_998)
                || r.has(Flag.BELOW_95) || r.has(Flag.BELOW_998)).count();
        assertThat(flagged).as("the sample has units outside the limits").isPositive();
    }
}
