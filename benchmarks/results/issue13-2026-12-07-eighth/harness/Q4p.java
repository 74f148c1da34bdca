package org.communitysafety.core.aggregate;
import java.nio.file.*; import java.util.*;
import org.communitysafety.core.io.*; import org.communitysafety.core.period.*;
public class Q4p {
  public static void main(String[] a) throws Exception {
    var data = DatasetReader.readColumnar(Path.of(a[0]), ReadOptions.defaults()).data().orElseThrow();
    var store = data.incidents();
    int n = Integer.parseInt(a[1]);
    PeriodIndex years = PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023));
    PeriodIndex months = PeriodIndex.monthsOf(2022, 2024);
    long[] q1 = new long[n], q4a = new long[n], q4r = new long[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      var c1 = IncidentAggregation.counts(store, months, 1);
      long t1 = System.nanoTime();
      var c = IncidentAggregation.aggregate(store, years, 1);
      long t2 = System.nanoTime();
      var r = c.rollUp(data.tree());
      long t3 = System.nanoTime();
      q1[i] = t1 - t0; q4a[i] = t2 - t1; q4r[i] = t3 - t2;
    }
    System.out.printf("q1 %.1f  q4 aggregate %.1f rollUp %.1f  ratio %.2f%n", med(q1), med(q4a), med(q4r), (med(q4a)+med(q4r))/med(q1));
  }
  static double med(long[] x) { long[] s = Arrays.copyOfRange(x, x.length/3, x.length); Arrays.sort(s); return s[s.length/2]/1e6; }
}
