package org.communitysafety.benchmarks;
public class RuMain {
  public static void main(String[] a) throws Exception {
    BenchmarkData d = BenchmarkData.of(Integer.parseInt(a[0]));
    for (int r = 0; r < 3; r++) org.communitysafety.core.aggregate.RuT.run(d.store, BenchmarkData.YEARS, d.tree, 40);
  }
}
