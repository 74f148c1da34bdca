package org.communitysafety.core.aggregate;
import java.nio.file.*; import java.util.*;
import org.communitysafety.core.io.*; import org.communitysafety.core.period.*;
public class Q4s {
  public static void main(String[] a) throws Exception {
    var data = DatasetReader.readColumnar(Path.of(a[0]), ReadOptions.defaults()).data().orElseThrow();
    var store = data.incidents();
    int n = Integer.parseInt(a[1]);
    PeriodIndex years = PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023));
    long[][] t = new long[4][n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      var acc = IncidentAccumulator.of(store.unitCount(), store.categoryCount(), years, EnumSet.allOf(IncidentMeasure.class));
      long t1 = System.nanoTime();
      acc.add(store);
      long t2 = System.nanoTime();
      var c = acc.cube(true);
      long t3 = System.nanoTime();
      var r = c.rollUp(data.tree());
      long t4 = System.nanoTime();
      t[0][i]=t1-t0; t[1][i]=t2-t1; t[2][i]=t3-t2; t[3][i]=t4-t3;
    }
    String[] nm = {"alloc","pass","cube","rollUp"};
    for (int k = 0; k < 4; k++) { long[] s = Arrays.copyOfRange(t[k], n/3, n); Arrays.sort(s); System.out.printf("%s %.2f ms (min %.2f)%n", nm[k], s[s.length/2]/1e6, s[0]/1e6); }
  }
}
