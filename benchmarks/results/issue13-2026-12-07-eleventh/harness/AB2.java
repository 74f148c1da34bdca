import java.lang.reflect.Method;
import java.net.*;
import java.nio.file.Path;
import java.util.Arrays;
public class AB2 {
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[0]), rounds = Integer.parseInt(a[1]);
        Method[] m = new Method[2];
        for (int k = 0; k < 2; k++) {
            String[] parts = a[2 + k].split(":");
            URL[] urls = new URL[parts.length];
            for (int i = 0; i < parts.length; i++) urls[i] = Path.of(parts[i]).toUri().toURL();
            ClassLoader cl = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            m[k] = cl.loadClass("org.communitysafety.benchmarks.Q4R").getMethod("once", int.class, int.class);
            for (int w = 0; w < 5; w++) { m[k].invoke(null, n, 1); m[k].invoke(null, n, 2); }
        }
        double[][][] t = new double[2][4][rounds];
        for (int i = 0; i < rounds; i++) {
            for (int kk = 0; kk < 2; kk++) {
                int k = (i & 1) == 0 ? kk : 1 - kk;
                double[] x = (double[]) m[k].invoke(null, n, 1);
                double[] y = (double[]) m[k].invoke(null, n, 2);
                t[k][0][i] = x[0]; t[k][1][i] = x[1]; t[k][2][i] = y[0]; t[k][3][i] = y[1];
            }
        }
        for (int k = 0; k < 2; k++) {
            double q1 = med(t[k][0]), q4 = med(t[k][1]), p1 = med(t[k][2]), p4 = med(t[k][3]);
            System.out.printf("%s: q1 %.2f q4 %.2f (q4/q1 %.2f) | 2 threads q1 %.2f (%.2fx) q4 %.2f (%.2fx)%n", k == 0 ? "A" : "B", q1, q4, q4 / q1, p1, q1 / p1, p4, q4 / p4);
        }
    }
    static double med(double[] x) { double[] y = x.clone(); Arrays.sort(y); return y[y.length / 2]; }
}
