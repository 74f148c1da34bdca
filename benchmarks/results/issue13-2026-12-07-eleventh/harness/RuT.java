package org.communitysafety.core.aggregate;
import java.util.*;
public class RuT {
  public static void run(IncidentStore store, PeriodIndex years, org.communitysafety.core.jurisdiction.JurisdictionTree tree, int n) throws Exception {
    Cube<IncidentMeasure> all = IncidentAggregation.aggregate(store, years, 1);
    var set = EnumSet.allOf(IncidentMeasure.class); set.remove(IncidentMeasure.CLEARANCES);
    Cube<IncidentMeasure> noD = IncidentAggregation.aggregate(store, years, set, 1);
    var acc = IncidentAccumulator.of(store.unitCount(), store.categoryCount(), years, EnumSet.allOf(IncidentMeasure.class));
    acc.add(store);
    double[][] t = new double[4][n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      all.rollUp(tree, 1);
      long t1 = System.nanoTime();
      noD.rollUp(tree, 1);
      long t2 = System.nanoTime();
      acc.cube(false);
      long t3 = System.nanoTime();
      all.rollUp(tree, 2);
      long t4 = System.nanoTime();
      t[0][i] = (t1 - t0) / 1e6; t[1][i] = (t2 - t1) / 1e6; t[2][i] = (t3 - t2) / 1e6; t[3][i] = (t4-t3)/1e6;
    }
    var f = Cube.class.getDeclaredField("distDays"); f.setAccessible(true);
    System.out.println("dist entries raw " + ((int[]) f.get(all)).length + " rolled " + ((int[]) f.get(all.rollUp(tree))).length);
    String[] names = {"rollUp all", "rollUp noDist(6 measures)", "cube(false) copy", "rollUp all 2 thr"};
    for (int k = 0; k < 4; k++) { double[] y = Arrays.copyOfRange(t[k], n / 3, n); Arrays.sort(y); System.out.printf(" %s %.2f", names[k], y[y.length / 2]); }
    System.out.println();
  }
}
