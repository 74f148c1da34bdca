package org.communitysafety.indicators;
import java.nio.file.*; import java.io.*;
import org.communitysafety.core.io.*; import org.communitysafety.core.period.*;
public class W {
  public static void main(String[] a) throws Exception {
    var data = DatasetReader.readColumnar(Path.of(a[0]), ReadOptions.defaults()).data().orElseThrow();
    var r = Indicators.of(data).period(Period.ofYear(2024)).compareYearOnYear().computeAll();
    for (int i = 0; i < 4; i++) {
      long t0 = System.nanoTime();
      ResultsFormat.writeJson(r, OutputStream.nullOutputStream(), 2);
      long t1 = System.nanoTime();
      ResultsFormat.writeJson(r, OutputStream.nullOutputStream(), 1);
      long t2 = System.nanoTime();
      r.writeJson(Path.of("/dev/shm/w.json"));
      long t3 = System.nanoTime();
      try (var out = new FileOutputStream("/dev/shm/w2.json")) { ResultsFormat.writeJson(r, out, 2); }
      long t4 = System.nanoTime();
      System.out.printf("null 2t %.2f s, null 1t %.2f s, Files.newOutputStream shm %.2f s, FileOutputStream shm %.2f s%n", (t1-t0)/1e9, (t2-t1)/1e9, (t3-t2)/1e9, (t4-t3)/1e9);
    }
  }
}
