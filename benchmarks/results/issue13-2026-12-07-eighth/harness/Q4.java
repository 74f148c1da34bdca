package org.communitysafety.core.aggregate;
import java.nio.file.*; import java.util.*;
import org.communitysafety.core.io.*; import org.communitysafety.core.period.*;
public class Q4 {
  public static void main(String[] a) throws Exception {
    var data = DatasetReader.readColumnar(Path.of(a[0]), ReadOptions.defaults()).data().orElseThrow();
    var store = data.incidents();
    int n = Integer.parseInt(a[1]);
    PeriodIndex years = PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023));
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      int k = 0;
      while (System.nanoTime() - t0 < 1_000_000_000L) {
        var c = IncidentAggregation.aggregate(store, years, 1).rollUp(data.tree());
        k++;
      }
      System.out.printf("iter %d: %.1f ms/op%n", i, (System.nanoTime() - t0) / 1e6 / k);
    }
  }
}
