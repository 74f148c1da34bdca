import java.nio.file.*; import java.util.*;
import org.communitysafety.core.io.*; import org.communitysafety.core.period.*; import org.communitysafety.core.aggregate.*;
import org.communitysafety.indicators.*;
public class Cat2 {
  public static void main(String[] a) throws Exception {
    var data = DatasetReader.readColumnar(Path.of(a[0]), ReadOptions.defaults()).data().orElseThrow();
    int n = Integer.parseInt(a[1]);
    PeriodIndex years = PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023));
    var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long[] aw = new long[n], ac = new long[n], cw = new long[n], cc = new long[n]; long alloc = 0; long sz = 0;
    for (int i = 0; i < n; i++) {
      long c0 = mx.getCurrentThreadCpuTime(); long t0 = System.nanoTime();
      long cells = IncidentAggregation.aggregate(data.incidents(), years, 1).rollUp(data.tree()).units();
      cells += RecordAggregation.aggregate(data.disputes(), years, 1).rollUp(data.tree()).units();
      cells += RecordAggregation.aggregate(data.outreach(), years, 1).rollUp(data.tree()).units();
      long t1 = System.nanoTime(); long c1 = mx.getCurrentThreadCpuTime(); long al = mx.getCurrentThreadAllocatedBytes();
      var r = Indicators.of(data).period(Period.ofYear(2024)).compareYearOnYear().threads(1).computeAll();
      long t2 = System.nanoTime(); long c2 = mx.getCurrentThreadCpuTime(); alloc = mx.getCurrentThreadAllocatedBytes() - al;
      aw[i] = t1 - t0; ac[i] = c1 - c0; cw[i] = t2 - t1; cc[i] = c2 - c1; sz = r.size(); r = null;
    }
    int w = n / 3; // drop warm-up third
    System.out.printf("agg wall %d cpu %d | catalogue wall %d cpu %d | ratio wall %.2f cpu %.2f | alloc %d MB rows %d%n",
      med(aw, w), med(ac, w), med(cw, w), med(cc, w), (double) med(cw, w) / med(aw, w), (double) med(cc, w) / med(ac, w), alloc >> 20, sz);
  }
  static long med(long[] x, int skip) { long[] s = Arrays.copyOfRange(x, skip, x.length); Arrays.sort(s); return s[s.length / 2] / 1000000; }
}
