package org.communitysafety.indicators;
import java.nio.file.*;
import org.communitysafety.core.io.*; import org.communitysafety.core.period.*;
public class W4 {
  public static void main(String[] a) throws Exception {
    var data = DatasetReader.readColumnar(Path.of(a[0]), ReadOptions.defaults()).data().orElseThrow();
    var r = Indicators.of(data).period(Period.ofYear(2024)).compareYearOnYear().computeAll();
    r.writeJson(Path.of(a[1]));
    try (var w = Files.newBufferedWriter(Path.of(a[1] + ".w"))) { r.writeJson(w); }
    try (var w = Files.newBufferedWriter(Path.of(a[1] + ".l"))) { r.writeJsonLines(w); }
  }
}
