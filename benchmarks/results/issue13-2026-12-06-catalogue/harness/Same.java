package org.communitysafety.benchmarks;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.*;
import org.communitysafety.core.aggregate.*;
import org.communitysafety.core.period.*;
/** SHA-256 of every component (doubles by their bits) of every row of the 10M catalogue, per build. */
public class Same {
  static void dump(Object o, StringBuilder sb) throws Exception {
    if (o == null) { sb.append("null"); return; }
    if (o instanceof Record) {
      sb.append(o.getClass().getSimpleName()).append('(');
      for (RecordComponent c : o.getClass().getRecordComponents()) { Method m = c.getAccessor(); m.setAccessible(true); dump(m.invoke(o), sb); sb.append(','); }
      sb.append(')'); return;
    }
    if (o instanceof Double d) { sb.append(Long.toHexString(Double.doubleToRawLongBits(d))); return; }
    if (o instanceof OptionalDouble d) { sb.append(d.isPresent() ? "D" + Long.toHexString(Double.doubleToRawLongBits(d.getAsDouble())) : "D-"); return; }
    if (o instanceof OptionalLong d) { sb.append(d.isPresent() ? "L" + d.getAsLong() : "L-"); return; }
    if (o instanceof Optional<?> d) { if (d.isPresent()) { sb.append("O"); dump(d.get(), sb); } else sb.append("O-"); return; }
    if (o instanceof Collection<?> c) { sb.append('['); for (Object e : c) { dump(e, sb); sb.append(';'); } sb.append(']'); return; }
    sb.append(o);
  }
  public static void main(String[] a) throws Exception {
    ColumnarDataset data = BenchmarkData.of(Integer.parseInt(a[0])).allRecords();
    for (int i = 1; i < a.length; i++) {
      for (int threads : new int[] {1, 2}) {
      ClassLoader l = new URLClassLoader(new URL[] {Path.of(a[i]).toUri().toURL()}, Same.class.getClassLoader());
      Class<?> ind = l.loadClass("org.communitysafety.indicators.Indicators");
      Object b = ind.getMethod("of", ColumnarDataset.class).invoke(null, data);
      b = b.getClass().getMethod("period", Period.class).invoke(b, Period.ofYear(2024));
      b = b.getClass().getMethod("compareYearOnYear").invoke(b);
      b = b.getClass().getMethod("threads", int.class).invoke(b, threads);
      Object res = b.getClass().getMethod("computeAll").invoke(b);
      List<?> rows = (List<?>) res.getClass().getMethod("rows").invoke(res);
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      StringBuilder sb = new StringBuilder();
      for (Object r : rows) { sb.setLength(0); dump(r, sb); sb.append('\n'); md.update(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)); }
      System.out.println(a[i] + " threads " + threads + " rows " + rows.size() + " sha256 " + HexFormat.of().formatHex(md.digest()));
      }
    }
  }
}
