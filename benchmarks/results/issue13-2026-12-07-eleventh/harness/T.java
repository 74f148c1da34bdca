package org.communitysafety.benchmarks;
import org.communitysafety.core.aggregate.*;
public class T {
  public static void main(String[] a) {
    BenchmarkData d = BenchmarkData.of(10_000_000);
    for (int threads : new int[] {1, 2, 1, 2}) {
      int n = 40;
      long all = 0;
      for (int i = 0; i < n; i++) {
        if (i == n / 2) { IncidentRollUp.T_PASS = IncidentRollUp.T_MEAS = IncidentRollUp.T_DIST = IncidentRollUp.T_SERIAL = IncidentRollUp.T_COPY = 0; all = 0; }
        long t0 = System.nanoTime();
        IncidentAggregation.aggregateRolledUp(d.store, BenchmarkData.YEARS, d.tree, threads);
        all += System.nanoTime() - t0;
      }
      double k = (n - n / 2) * 1e6;
      System.out.printf("threads %d: all %.2f  thread0: pass %.2f meas %.2f dist %.2f | serial tops %.2f copy %.2f%n", threads, all / k, IncidentRollUp.T_PASS / k, IncidentRollUp.T_MEAS / k, IncidentRollUp.T_DIST / k, IncidentRollUp.T_SERIAL / k, IncidentRollUp.T_COPY / k);
    }
  }
}
