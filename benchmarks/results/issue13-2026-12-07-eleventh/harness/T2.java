package org.communitysafety.benchmarks;
import org.communitysafety.core.aggregate.*;
public class T2 {
  public static void main(String[] a) {
    BenchmarkData d = BenchmarkData.of(10_000_000);
    for (int rep = 0; rep < 3; rep++) {
      int n = 40; long all = 0;
      for (int i = 0; i < n; i++) {
        if (i == n / 2) { IncidentAccumulator.EARLY = IncidentAccumulator.CALLS = IncidentAccumulator.T_ALLOC = IncidentAccumulator.T_WAIT = IncidentAccumulator.T_POOLSTART = 0; all = 0; }
        long t0 = System.nanoTime();
        IncidentAggregation.counts(d.store, Query1CountsBenchmark.MONTHS, 2);
        all += System.nanoTime() - t0;
      }
      double k = (n - n / 2) * 1e6;
      System.out.printf("q1 2 threads: all %.2f alloc %.2f poolStart %.3f wait %.3f early/call %.2f%n", all / k, IncidentAccumulator.T_ALLOC / k, IncidentAccumulator.T_POOLSTART / k, IncidentAccumulator.T_WAIT / k, IncidentAccumulator.EARLY / (double) IncidentAccumulator.CALLS);
    }
  }
}
