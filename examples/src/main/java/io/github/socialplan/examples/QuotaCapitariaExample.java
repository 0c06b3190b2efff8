package io.github.socialplan.examples;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.Blend;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.core.io.ComuneResidents;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.io.ComuniListReader;
import io.github.socialplan.core.money.Money;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fund distributed to the 47 comuni of the Zona Omogenea Cremonese (real 2022 residents, ISTAT), to the
 * cent, two ways: the <i>quota capitaria</i> of the Cremona plan (4.89 euro per resident, read from
 * {@code cremona-facts.csv}), and a blended criterion, 60 % by residents and 40 % in equal shares per
 * comune, of a fund of 1,000,000.00 euro.
 *
 * <p>The 47 comuni approximate the Ambito di Cremona of the Piano di Zona 2015-2017 (which had 47 comuni and 158,529
 * residents in 2014); the file says so, and so does the output.
 *
 * <pre>{@code
 * QuotaCapitariaExample.print(System.out, DataFolder.locate());
 * }</pre>
 */
public final class QuotaCapitariaExample {

  static final String FILE = "real/cremona-zona-omogenea-47-comuni-2022.csv";
  static final String TOTAL_ROW = "TOTAL";

  /** The file's columns, and its total row marked TOTAL in the first column. */
  static final ComuniListReader READER = ComuniListReader
      .columns("istat_code", "municipality", "population_2022", "population_F", "population_M")
      .withTotalRow("name_in_list", TOTAL_ROW);

  /** The example fund of the blended criterion. */
  static final Money FUND = Money.parse("1000000.00");
  /** The blend: this share by residents, the rest in equal shares per comune. */
  static final BigDecimal BY_RESIDENTS = new BigDecimal("0.6");

  private static final int TOP = 5;

  private QuotaCapitariaExample() {}

  /**
   * Prints the example to standard output.
   *
   * @param args ignored
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    print(System.out, DataFolder.locate());
  }

  /**
   * Prints the two distributions.
   *
   * @param out where to print, not null
   * @param data the data folder, not null
   * @throws IOException if a file cannot be read
   */
  public static void print(PrintStream out, DataFolder data) throws IOException {
    ComuniList zona = READER.read(data.reference(FILE));
    ReferenceTable facts = ReferenceTable.read(data.reference(CremonaPlanExample.FACTS));
    Map<String, Long> residents = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (ComuneResidents c : zona.comuni()) {
      residents.put(c.code().value(), c.total());
      names.put(c.code().value(), c.name());
    }
    // the reader has checked the comuni against the file's TOTAL row already; it is shown again below
    long publishedResidents = zona.publishedTotal().orElseThrow(
        () -> new IllegalStateException(FILE + " has no " + TOTAL_ROW + " row"));
    Money rate = facts.money("quota_capitaria", "value");

    QuotaCharge quota = QuotaCapitaria.of(rate).charge(residents);

    String[] ids = residents.keySet().toArray(String[]::new);
    long[] byResidents = residents.values().stream().mapToLong(Long::longValue).toArray();
    long[] equal = new long[ids.length];
    Arrays.fill(equal, 1);
    Weights blend = Blend.builder()
        .criterion(BY_RESIDENTS, Weights.of(ids, byResidents))
        .criterion(BigDecimal.ONE.subtract(BY_RESIDENTS), Weights.of(ids, equal))
        .build();
    Allocation blended = LargestRemainder.allocate(FUND, blend);

    out.println("== A fund distributed to the " + ids.length + " comuni of the Zona Omogenea Cremonese, to the cent ==");
    out.println("   residents on 1 January 2022 (ISTAT) from data/reference/" + FILE + ";");
    out.println("   this list approximates the Ambito di Cremona of the plan (47 comuni in 2014): it is not"
        + " verified to be the same");
    out.printf(Locale.ROOT, "   residents: %s, the file's %s row: %s %s%n", Numbers.count(quota.residents()), TOTAL_ROW,
        Numbers.count(publishedResidents), quota.residents() == publishedResidents ? "ok" : "DIFFERS");
    out.printf(Locale.ROOT, "   (a) quota capitaria %s euro per resident (cremona-facts.csv), at the full rate for every"
        + " comune: in the plan the Comune di Cremona pays less, as it does not transfer the tutela minori share,"
        + " whose amount the plan does not give (section 5.6, note 17)%n", Numbers.euros(rate));
    out.printf(Locale.ROOT, "   (b) a fund of %s euro: %s %% by residents, %s %% in equal shares per comune,"
        + " largest remainder%n", Numbers.euros(FUND), BY_RESIDENTS.movePointRight(2).toPlainString(),
        BigDecimal.ONE.subtract(BY_RESIDENTS).movePointRight(2).toPlainString());

    List<String> order = new ArrayList<>(residents.keySet());
    order.sort(Comparator.comparing((String id) -> residents.get(id)).reversed().thenComparing(id -> id));
    TextTable t = new TextTable("comune", "ISTAT code", "residents", "(a) quota", "(b) blended",
        "(b) per resident");
    for (String id : order.subList(0, TOP)) {
      row(t, names.get(id), id, residents.get(id), quota.line(id).amount(), blended.amount(id));
    }
    long otherResidents = 0;
    Money otherQuota = Money.ZERO;
    Money otherBlend = Money.ZERO;
    for (String id : order.subList(TOP, order.size())) {
      otherResidents += residents.get(id);
      otherQuota = otherQuota.plus(quota.line(id).amount());
      otherBlend = otherBlend.plus(blended.amount(id));
    }
    row(t, "the other " + (order.size() - TOP) + " comuni", "", otherResidents, otherQuota, otherBlend);
    String smallest = order.get(order.size() - 1);
    row(t, "  of which the smallest, " + names.get(smallest), smallest, residents.get(smallest),
        quota.line(smallest).amount(), blended.amount(smallest));
    Money quotaSum = quota.lines().stream().map(l -> l.amount()).collect(Money.summing());
    Money blendSum = Money.sum(blended.amounts().values());
    row(t, "total", "", quota.residents(), quotaSum, blendSum);
    t.print(out);
    out.printf(Locale.ROOT, "   check (a): the parts add up to %s = %s residents x %s: %s%n", Numbers.euros(quotaSum),
        Numbers.count(quota.residents()), Numbers.euros(rate),
        quotaSum.equals(rate.times(quota.residents())) && quotaSum.equals(quota.total()) ? "ok" : "DIFFERS");
    out.printf(Locale.ROOT, "   check (b): the parts add up to the fund, %s: %s%n", Numbers.euros(blendSum),
        blendSum.equals(FUND) ? "ok" : "DIFFERS");
  }

  private static void row(TextTable t, String name, String code, long residents, Money quota, Money blended) {
    t.row(name, code, Numbers.count(residents), Numbers.euros(quota), Numbers.euros(blended),
        Numbers.format(blended.amount().divide(BigDecimal.valueOf(residents), 2, java.math.RoundingMode.HALF_UP), 2));
  }
}
