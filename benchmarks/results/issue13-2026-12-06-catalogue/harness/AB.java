package org.communitysafety.benchmarks;
import java.lang.reflect.Method;
import java.net.*;
import java.nio.file.Path;
import org.communitysafety.core.aggregate.*;
import org.communitysafety.core.period.*;
/** Alternates the catalogue of two builds of the indicators classes in one JVM; CPU time of this thread. */
public class AB {
  public static void main(String[] a) throws Exception {
    int incidents = Integer.parseInt(a[0]); int rounds = Integer.parseInt(a[1]);
    ColumnarDataset data = BenchmarkData.of(incidents).allRecords();
    PeriodIndex years = BenchmarkData.YEARS;
    int k = a.length - 2;
    String[] names = new String[k]; Object[][] fn = new Object[k][];
    Method[] of = new Method[k];
    ClassLoader[] ls = new ClassLoader[k];
    for (int i = 0; i < k; i++) {
      names[i] = a[2 + i];
      ls[i] = new URLClassLoader(new URL[] {Path.of(a[2 + i]).toUri().toURL()}, AB.class.getClassLoader());
    }
    var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long[][] cpu = new long[k + 1][rounds];
    for (int r = 0; r < rounds; r++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long cells = IncidentAggregation.aggregate(data.incidents(), years, 1).rollUp(data.tree()).units();
      cells += RecordAggregation.aggregate(data.disputes(), years, 1).rollUp(data.tree()).units();
      cells += RecordAggregation.aggregate(data.outreach(), years, 1).rollUp(data.tree()).units();
      cpu[k][r] = mx.getCurrentThreadCpuTime() - c0;
      StringBuilder line = new StringBuilder("round " + r + " agg " + cpu[k][r] / 1000000);
      for (int j = 0; j < k; j++) {
        int i = (r % 2 == 0) ? j : k - 1 - j;
        Class<?> ind = ls[i].loadClass("org.communitysafety.indicators.Indicators");
        long c1 = mx.getCurrentThreadCpuTime(); long al1 = mx.getCurrentThreadAllocatedBytes();
        Object b = ind.getMethod("of", ColumnarDataset.class).invoke(null, data);
        b = b.getClass().getMethod("period", Period.class).invoke(b, Period.ofYear(2024));
        b = b.getClass().getMethod("compareYearOnYear").invoke(b);
        b = b.getClass().getMethod("threads", int.class).invoke(b, 1);
        Object res = b.getClass().getMethod("computeAll").invoke(b);
        cpu[i][r] = mx.getCurrentThreadCpuTime() - c1; long al = mx.getCurrentThreadAllocatedBytes() - al1;
        line.append("  ").append(names[i]).append(' ').append(cpu[i][r] / 1000000).append(" (").append(al >> 20).append(" MB) ")
            .append(res.getClass().getMethod("size").invoke(res));
        res = null; System.gc();
        try { var f = ls[i].loadClass("org.communitysafety.indicators.StatisticsMemo").getDeclaredField("C"); f.setAccessible(true); long[] c = (long[]) f.get(null); System.out.println("  C " + java.util.Arrays.toString(c)); java.util.Arrays.fill(c, 0); } catch (NoSuchFieldException e) { }
      }
      System.out.println(line);
    }
    for (int i = 0; i <= k; i++) {
      long[] s = java.util.Arrays.copyOfRange(cpu[i], 1, rounds); java.util.Arrays.sort(s);
      System.out.println((i < k ? names[i] : "agg") + " median cpu ms " + s[s.length / 2] / 1000000 + " ratio to agg");
    }
    long[] sa = java.util.Arrays.copyOfRange(cpu[k], 1, rounds); java.util.Arrays.sort(sa);
    for (int i = 0; i < k; i++) { long[] s = java.util.Arrays.copyOfRange(cpu[i], 1, rounds); java.util.Arrays.sort(s);
      System.out.printf("%s / agg = %.2f%n", names[i], (double) s[s.length/2] / sa[sa.length/2]); }
  }
}
