package org.communitysafety.benchmarks;
public class ParMain {
  public static void main(String[] a) {
    BenchmarkData d = BenchmarkData.of(Integer.parseInt(a[0]));
    int n = Integer.parseInt(a[1]);
    for (int r = 0; r < Integer.parseInt(a[2]); r++) {
      if (a.length < 4 || a[3].contains("4")) {
      org.communitysafety.core.aggregate.ParT.run(d.store, BenchmarkData.YEARS, d.tree, 1, n);
      org.communitysafety.core.aggregate.ParT.run(d.store, BenchmarkData.YEARS, d.tree, 2, n);
      }
      if (a.length < 4 || a[3].contains("1")) {
      org.communitysafety.core.aggregate.Q1T.run(d.store, Query1CountsBenchmark.MONTHS, 1, n);
      org.communitysafety.core.aggregate.Q1T.run(d.store, Query1CountsBenchmark.MONTHS, 2, n);
      }
    }
  }
}
