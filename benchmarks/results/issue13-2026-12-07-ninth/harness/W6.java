package org.communitysafety.indicators;
import java.nio.file.*; import java.io.*; import java.util.*;
import org.communitysafety.core.io.*; import org.communitysafety.core.period.*;
/** Writing the 10M catalogue's rows (a computation's own results) on one thread to /dev/null, a few times in one JVM. */
public class W6 {
  public static void main(String[] a) throws Exception {
    var data = DatasetReader.readColumnar(Path.of(a[0]), ReadOptions.defaults()).data().orElseThrow();
    var packed = Indicators.of(data).period(Period.ofYear(2024)).compareYearOnYear().computeAll();
    data = null;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Integer.parseInt(a[1]); i++) {
        System.gc();
        long t = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream("/dev/null"), 1 << 16)) { ResultsFormat.writeJson(packed, out, 1); }
        sb.append(String.format(" %.2f", (System.nanoTime() - t) / 1e9));
    }
    System.out.println(a[2] + sb);
  }
}
