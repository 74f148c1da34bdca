import org.communitysafety.examples.cli.Csi;
import java.io.*;
public class Twice {
  public static void main(String[] a) throws Exception {
    String d = "/tmp/csi-issue13/incidents-10000000-villages-3000";
    for (int i = 0; i < Integer.parseInt(a[0]); i++) {
      final long t = System.nanoTime();
      PrintStream err = new PrintStream(new OutputStream() {
        boolean bol = true;
        public void write(int b) { if (bol) { System.err.printf("%6.2f ", (System.nanoTime() - t) / 1e9); bol = false; } System.err.write(b); if (b == '\n') { bol = true; System.err.flush(); } }
      }, true);
      int rc = Csi.run(System.out, err, "report", "--data", d, "--period", "2024", "--compare", "yoy", "--format", "json", "--out", "/tmp/s19/out.json");
      System.err.printf("RUN %d rc %d %.2f s%n", i, rc, (System.nanoTime() - t) / 1e9);
      System.gc();
    }
  }
}
