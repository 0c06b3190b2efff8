package io.github.socialplan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.benchmarks.synthetic.SyntheticIseeUsers;
import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.copayment.CopaymentSchedule;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The example on 10,000 users gives what the plain library gives streaming the same users on one JVM. */
class SparkExampleTest {

  private static final long USERS = 10_000;

  @Test
  void ambitoTotalsAndTheFundsAllocationEqualThePlainLibrarys() {
    SparkExample.Result result = SparkExample.run(SharedSpark.session(), SyntheticIseeUsers.DEFAULT_SEED, USERS);

    Map<String, CopaymentSchedule> schedules = new HashMap<>();
    Map<String, Integer> units = new HashMap<>();
    ServiceSchedules.BY_SERVICE.forEach((service, s) -> {
      schedules.put(service, ScheduleJson.read(s[0]));
      units.put(service, Integer.valueOf(s[1]));
    });
    Map<String, BigDecimal> totals = new TreeMap<>();
    Map<String, Long> counts = new TreeMap<>();
    SyntheticIseeUsers.of(SyntheticIseeUsers.DEFAULT_SEED).forEach(0, USERS, u -> {
      Money yearly = schedules.get(u.service()).copayment(u.isee()).times(units.get(u.service()));
      totals.merge(u.ambito(), yearly.amount(), BigDecimal::add);
      counts.merge(u.ambito(), 1L, Long::sum);
    });

    assertEquals(totals.size(), result.byAmbito().size());
    Weights.Builder weights = Weights.builder();
    Bounds.Builder floors = Bounds.builder();
    for (Row a : result.byAmbito()) {
      String ambito = a.getString(0);
      assertEquals(counts.get(ambito), a.getLong(1), ambito);
      assertEquals(0, totals.get(ambito).compareTo(a.getDecimal(2)), ambito);
      assertEquals(0L, a.getLong(4), "no user in error");
      assertTrue(result.sadCoverage().get(ambito).isDefined(), ambito);
      weights.add(ambito, counts.get(ambito));
      floors.floor(ambito, Money.of(SparkExample.FLOOR));
    }
    Allocation plain = LargestRemainder.allocate(Money.of(SparkExample.FUND), weights.build(), floors.build());
    BigDecimal sum = BigDecimal.ZERO;
    for (Row a : result.allocation()) {
      assertEquals(plain.amount(a.getAs("id")).amount(), a.<BigDecimal>getAs("amount"));
      sum = sum.add(a.getAs("amount"));
    }
    assertEquals(result.byAmbito().size(), result.allocation().size());
    assertEquals(0, SparkExample.FUND.compareTo(sum));
  }
}
