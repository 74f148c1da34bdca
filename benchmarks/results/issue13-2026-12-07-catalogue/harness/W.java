public class W {
  public static void main(String[] a) {
    int n = 1_514_780;
    for (int r = 0; r < 8; r++) {
      long t0 = System.nanoTime();
      byte[] ind = new byte[n]; int[] unit = new int[n], group = new int[n], flags = new int[n], has = new int[n];
      double[] value = new double[n], lower = new double[n], upper = new double[n], conf = new double[n], bv = new double[n], abs = new double[n], pct = new double[n], pts = new double[n], pv = new double[n];
      long[] num = new long[n], den = new long[n], bn = new long[n], bd = new long[n]; byte[] method = new byte[n];
      long t1 = System.nanoTime();
      for (int i = 0; i < n; i++) { ind[i] = (byte) i; unit[i] = i; group[i] = i; flags[i] = i; has[i] = i; value[i] = i; lower[i] = i; upper[i] = i; conf[i] = i; method[i] = (byte) i; num[i] = i; den[i] = i;
        bv[i] = i; bn[i] = i; bd[i] = i; abs[i] = i; pct[i] = i; pts[i] = i; pv[i] = i; }
      long t2 = System.nanoTime();
      long[] rows = new long[n * 14];
      long t3 = System.nanoTime();
      for (int i = 0, k = 0; i < n; i++, k += 14) { for (int j = 0; j < 14; j++) rows[k + j] = i; }
      long t4 = System.nanoTime();
      System.out.printf("columns alloc %d ms write %d ms | rows alloc %d write %d%n", (t1-t0)/1000000, (t2-t1)/1000000, (t3-t2)/1000000, (t4-t3)/1000000);
    }
  }
}
