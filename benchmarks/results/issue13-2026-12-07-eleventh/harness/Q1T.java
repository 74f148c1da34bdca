package org.communitysafety.core.aggregate;
import java.util.*;
public class Q1T {
  public static void run(IncidentStore store, PeriodIndex months, int threads, int n) {
    double[][] t = new double[4][n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      var acc = IncidentAccumulator.countsOnly(store.unitCount(), store.categoryCount(), months);
      long t1 = System.nanoTime();
      if (threads == 1) acc.add(store); else acc.addParallel(store, threads);
      long t2 = System.nanoTime();
      Cube<IncidentMeasure> c = acc.cube(true);
      long t3 = System.nanoTime();
      t[0][i] = (t1 - t0) / 1e6; t[1][i] = (t2 - t1) / 1e6; t[2][i] = (t3 - t2) / 1e6; t[3][i] = (t3 - t0) / 1e6;
      if (c.count(0, 0, 0) == 42) System.out.print("");
    }
    String[] names = {"alloc", "pass", "cube", "total"};
    StringBuilder sb = new StringBuilder("q1 threads " + threads + ":");
    for (int k = 0; k < 4; k++) { double[] y = Arrays.copyOfRange(t[k], n / 3, n); Arrays.sort(y); sb.append(String.format(" %s %.2f", names[k], y[y.length / 2])); }
    System.out.println(sb);
  }
}
