import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/** A/B: the same harness over two class paths in one JVM, alternating. args: n rounds threads cpA cpB */
public class AB {
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[0]), rounds = Integer.parseInt(a[1]), threads = Integer.parseInt(a[2]);
        Method[] m = new Method[2];
        for (int k = 0; k < 2; k++) {
            String[] parts = a[3 + k].split(":");
            URL[] urls = new URL[parts.length];
            for (int i = 0; i < parts.length; i++) urls[i] = Path.of(parts[i]).toUri().toURL();
            ClassLoader cl = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            m[k] = cl.loadClass("org.communitysafety.benchmarks.Q4Harness").getMethod("once", int.class, int.class);
            m[k].invoke(null, n, threads);
        }
        double[][][] t = new double[2][3][rounds];
        for (int i = 0; i < rounds; i++) {
            for (int kk = 0; kk < 2; kk++) {
                int k = (i & 1) == 0 ? kk : 1 - kk;
                double[] x = (double[]) m[k].invoke(null, n, threads);
                for (int j = 0; j < 3; j++) t[k][j][i] = x[j];
            }
        }
        String[] names = {"A", "B"};
        for (int k = 0; k < 2; k++) {
            double q1 = med(t[k][0], rounds), ag = med(t[k][1], rounds), ru = med(t[k][2], rounds);
            double[] q4 = new double[rounds];
            for (int i = 0; i < rounds; i++) q4[i] = t[k][1][i] + t[k][2][i];
            double q4m = med(q4, rounds);
            System.out.printf("%s threads %d: q1 %.1f  q4 %.1f (agg %.1f rollUp %.1f)  q4/q1 %.2f%n", names[k], threads, q1, q4m, ag, ru, q4m / q1);
        }
    }
    static double med(double[] x, int rounds) {
        double[] y = Arrays.copyOfRange(x, rounds / 4, rounds);
        Arrays.sort(y);
        return y[y.length / 2];
    }
}
