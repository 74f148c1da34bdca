package org.communitysafety.core.aggregate;
import java.util.*;
public class ParT {
  public static void run(IncidentStore store, PeriodIndex years, org.communitysafety.core.jurisdiction.JurisdictionTree tree, int threads, int n) {
    double[][] t = new double[6][n]; var os=(com.sun.management.OperatingSystemMXBean)java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      var acc = IncidentAccumulator.of(store.unitCount(), store.categoryCount(), years, EnumSet.allOf(IncidentMeasure.class));
      long t1 = System.nanoTime(); long c1 = os.getProcessCpuTime();
      if (threads == 1) acc.add(store); else acc.addParallel(store, threads);
      long t2 = System.nanoTime(); long c2 = os.getProcessCpuTime(); t[5][i] = (c2 - c1) / 1e6;
      Cube<IncidentMeasure> c = acc.cube(true);
      long t3 = System.nanoTime();
      Cube<IncidentMeasure> r = c.rollUpHandedOver(tree, threads);
      long t4 = System.nanoTime();
      t[0][i] = (t1 - t0) / 1e6; t[1][i] = (t2 - t1) / 1e6; t[2][i] = (t3 - t2) / 1e6; t[3][i] = (t4 - t3) / 1e6; t[4][i] = (t4 - t0) / 1e6;
      if (r.count(0, 0, 0) == 42) System.out.print("");
    }
    String[] names = {"alloc", "pass", "cube", "rollUp", "total", "passCpu"};
    StringBuilder sb = new StringBuilder("threads " + threads + ":");
    for (int k = 0; k < 6; k++) { double[] y = Arrays.copyOfRange(t[k], n / 3, n); Arrays.sort(y); sb.append(String.format(" %s %.2f", names[k], y[y.length / 2])); }
    System.out.println(sb);
  }
}
