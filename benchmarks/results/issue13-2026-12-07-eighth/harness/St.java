package org.communitysafety.indicators;
import java.nio.file.*; import java.util.*;
import org.communitysafety.core.io.*; import org.communitysafety.core.period.*;
public class St {
  public static void main(String[] a) throws Exception {
    var data = DatasetReader.readColumnar(Path.of(a[0]), ReadOptions.defaults()).data().orElseThrow();
    var cubes = Aggregates.of(data, List.of(Period.ofYear(2024), Period.ofYear(2023)), 1);
    int n = Integer.parseInt(a[1]);
    long[] t = new long[n]; long[] cpu = new long[n];
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < n; i++) {
      long c0 = mx.getCurrentThreadCpuTime(); long t0 = System.nanoTime();
      var r = Indicators.of(cubes).period(Period.ofYear(2024)).compareYearOnYear().threads(1).computeAll();
      t[i] = System.nanoTime() - t0; cpu[i] = mx.getCurrentThreadCpuTime() - c0;
      if (r.size() < 0) System.out.println();
    }
    long[] s = Arrays.copyOfRange(t, n/3, n); Arrays.sort(s);
    long[] c = Arrays.copyOfRange(cpu, n/3, n); Arrays.sort(c);
    System.out.printf("statistics wall %.1f ms (min %.1f) cpu %.1f ms (min %.1f)%n", s[s.length/2]/1e6, s[0]/1e6, c[c.length/2]/1e6, c[0]/1e6);
  }
}
