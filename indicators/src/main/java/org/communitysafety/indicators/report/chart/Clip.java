package org.communitysafety.indicators.report.chart;

import java.util.List;

/**
 * Clips polylines to a rectangle (Liang–Barsky, per segment), so a curve leaving the plot stops
 * at its edge instead of being squashed onto it; no SVG clip paths, hence no ids that could clash
 * when several charts share a page. Stateless.
 */
final class Clip {
    private Clip() {}

    /** Path data for {@code points} within {@code box = {left, top, right, bottom}}; "" when all outside. */
    static String polyline(List<double[]> points, double[] box) {
        StringBuilder d = new StringBuilder();
        double[] pen = null;
        for (int i = 1; i < points.size(); i++) {
            double[] seg = clip(points.get(i - 1), points.get(i), box);
            if (seg == null) {
                pen = null;
                continue;
            }
            if (pen == null || Math.abs(pen[0] - seg[0]) > 1e-6 || Math.abs(pen[1] - seg[1]) > 1e-6) {
                d.append('M').append(Svg.num(seg[0])).append(' ').append(Svg.num(seg[1]));
            }
            d.append('L').append(Svg.num(seg[2])).append(' ').append(Svg.num(seg[3]));
            pen = new double[] {seg[2], seg[3]};
        }
        return d.toString();
    }

    private static double[] clip(double[] a, double[] b, double[] box) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a[0] - box[0], box[2] - a[0], a[1] - box[1], box[3] - a[1]};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        if (t0 > t1) {
            return null;
        }
        return new double[] {a[0] + t0 * dx, a[1] + t0 * dy, a[0] + t1 * dx, a[1] + t1 * dy};
    }
}
