package org.communitysafety.indicators;
import java.nio.file.*; import java.io.*; import java.util.*;
import org.communitysafety.core.io.*; import org.communitysafety.core.period.*;
/** Writing the 10M catalogue's rows on one thread: packed rows (from their longs) and the same rows as objects, in turn. */
public class W5 {
  public static void main(String[] a) throws Exception {
    var data = DatasetReader.readColumnar(Path.of(a[0]), ReadOptions.defaults()).data().orElseThrow();
    var packed = Indicators.of(data).period(Period.ofYear(2024)).compareYearOnYear().computeAll();
    var objects = Results.of(packed.period(), packed.baseline(), new ArrayList<>(packed.rows()));
    data = null;
    for (int i = 0; i < Integer.parseInt(a[1]); i++) {
      for (var r : List.of(packed, objects)) {
        System.gc();
        long t = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream("/dev/null"), 1 << 16)) { ResultsFormat.writeJson(r, out, 1); }
        System.out.printf("%d %s %.2f s%n", i, r == packed ? "packed " : "objects", (System.nanoTime() - t) / 1e9);
      }
    }
  }
}
