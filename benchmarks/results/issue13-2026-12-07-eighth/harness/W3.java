package org.communitysafety.indicators;
import java.nio.file.*; import java.io.*;
import org.communitysafety.core.io.*; import org.communitysafety.core.period.*;
public class W3 {
  public static void main(String[] a) throws Exception {
    var data = DatasetReader.readColumnar(Path.of(a[0]), ReadOptions.defaults()).data().orElseThrow();
    var r = Indicators.of(data).period(Period.ofYear(2024)).compareYearOnYear().computeAll();
    for (int i = 0; i < 8; i++) {
      long t0 = System.nanoTime();
      ResultsFormat.writeJson(r, OutputStream.nullOutputStream(), 1);
      System.out.printf("write %.2f s%n", (System.nanoTime()-t0)/1e9);
    }
  }
}
