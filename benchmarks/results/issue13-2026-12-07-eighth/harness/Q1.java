package org.communitysafety.core.aggregate;
import java.nio.file.*; import java.util.*;
import org.communitysafety.core.io.*; import org.communitysafety.core.period.*;
public class Q1 {
  public static void main(String[] a) throws Exception {
    var data = DatasetReader.readColumnar(Path.of(a[0]), ReadOptions.defaults()).data().orElseThrow();
    var store = data.incidents();
    int n = Integer.parseInt(a[1]);
    PeriodIndex months = PeriodIndex.monthsOf(2022, 2024);
    long[][] t = new long[6][n];
    for (int i = 0; i < n; i++) {
      for (int th = 1; th <= 2; th++) {
        long t0 = System.nanoTime();
        var acc = IncidentAccumulator.of(store.unitCount(), store.categoryCount(), months, EnumSet.of(IncidentMeasure.COUNT));
        long t1 = System.nanoTime();
        if (th == 1) acc.add(store); else acc.addParallel(store, 2);
        long t2 = System.nanoTime();
        var c = acc.cube(true);
        long t3 = System.nanoTime();
        t[(th-1)*3][i] = t1-t0; t[(th-1)*3+1][i] = t2-t1; t[(th-1)*3+2][i] = t3-t2;
        if (c.units() < 0) System.out.println();
      }
    }
    for (int k = 0; k < 6; k++) { long[] s = Arrays.copyOfRange(t[k], n/3, n); Arrays.sort(s); System.out.printf("%s %s med %.2f ms min %.2f%n", k<3?"1t":"2t", new String[]{"alloc","pass","cube"}[k%3], s[s.length/2]/1e6, s[0]/1e6); }
  }
}
