package org.communitysafety.core.aggregate;
import java.util.*;
import org.communitysafety.core.period.*;
public class Q4t {
  public static void run(IncidentStore store, int n) {
    PeriodIndex years = PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023));
    long pass = 0;
    for (int i = 0; i < n; i++) {
      if (i == n / 2) { IncidentPass.T_LOOP = IncidentPass.T_LANES = IncidentPass.T_AMOUNTS = IncidentPass.T_WITHIN = IncidentPass.T_BEFORE = IncidentPass.T_FLUSH = IncidentPass.T_LONGEST = 0; pass = 0; }
      var acc = IncidentAccumulator.of(store.unitCount(), store.categoryCount(), years, EnumSet.allOf(IncidentMeasure.class));
      long t0 = System.nanoTime();
      acc.add(store);
      pass += System.nanoTime() - t0;
    }
    double k = n - n / 2;
    System.out.printf("pass %.1f: loop %.1f hist %.1f lanes %.1f amounts %.1f within %.1f before %.1f flush %.1f ms%n", pass/k/1e6,
      IncidentPass.T_LOOP/k/1e6, IncidentPass.T_LONGEST/k/1e6, IncidentPass.T_LANES/k/1e6, IncidentPass.T_AMOUNTS/k/1e6, IncidentPass.T_WITHIN/k/1e6, IncidentPass.T_BEFORE/k/1e6, IncidentPass.T_FLUSH/k/1e6);
  }
}
