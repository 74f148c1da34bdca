package org.communitysafety.benchmarks;
import org.communitysafety.core.aggregate.*;
public class T3 {
  public static void main(String[] a) {
    BenchmarkData d = BenchmarkData.of(10_000_000);
    for (int rep = 0; rep < 3; rep++) {
      int n = 40; long all = 0;
      for (int i = 0; i < n; i++) {
        if (i == n / 2) { IncidentRollUp.T_LEAF = IncidentRollUp.T_PAR = IncidentRollUp.T_NEW = IncidentRollUp.N_CAP = IncidentRollUp.N_OUT = IncidentRollUp.T_COPY = 0; all = 0; }
        long t0 = System.nanoTime();
        IncidentAggregation.aggregateRolledUp(d.store, BenchmarkData.YEARS, d.tree, 1);
        all += System.nanoTime() - t0;
      }
      double k = (n - n / 2) * 1e6; int c = n - n / 2;
      System.out.printf("q4 1 thread: all %.2f new %.2f leaves %.2f parents %.2f copy %.2f | cap %d out %d%n", all / k, IncidentRollUp.T_NEW / k, IncidentRollUp.T_LEAF / k, IncidentRollUp.T_PAR / k, IncidentRollUp.T_COPY / k, IncidentRollUp.N_CAP / c, IncidentRollUp.N_OUT / c);
    }
  }
}
