import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import org.communitysafety.core.aggregate.*;
import org.communitysafety.core.io.*;
import org.communitysafety.core.period.Period;

public class AllocProbe {
    static long allocated(com.sun.management.ThreadMXBean mx) {
        long s = 0;
        for (long b : mx.getThreadAllocatedBytes(mx.getAllThreadIds())) {
            s += Math.max(0, b);
        }
        return s;
    }

    public static void main(String[] a) throws Exception {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        ColumnarDataset data = DatasetReader.readColumnar(Path.of(a[0]), ReadOptions.defaults()).data().orElseThrow();
        PeriodIndex index = PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023));
        for (int round = 0; round < 3; round++) {
            for (int threads : new int[] {1, 2}) {
                long b0 = allocated(mx);
                long t0 = System.nanoTime();
                Cube<DisputeMeasure> d = RecordAggregation.aggregate(data.disputes(), index, threads);
                long t1 = System.nanoTime();
                long b1 = allocated(mx);
                Cube<OutreachMeasure> o = RecordAggregation.aggregate(data.outreach(), index, threads);
                long t2 = System.nanoTime();
                long b2 = allocated(mx);
                System.out.printf("round %d threads %d: disputes %.0f MB (all threads) %.0f ms; outreach %.0f MB %.0f ms; hash %d %d%n",
                        round, threads, (b1 - b0) / 1e6, (t1 - t0) / 1e6, (b2 - b1) / 1e6, (t2 - t1) / 1e6, d.hashCode(), o.hashCode());
            }
        }
    }
}
