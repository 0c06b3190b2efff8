package io.github.socialplan.budget.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.testing.ReferenceTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuotaCapitariaTest {

  private static final String ZONA = "real/cremona-zona-omogenea-47-comuni-2022.csv";

  /** Residents by ISTAT code from the 47-comuni file, without its TOTAL row. */
  private static Map<String, Long> zonaResidents() {
    Map<String, Long> residents = new LinkedHashMap<>();
    for (Map<String, String> row : ReferenceTable.read(ZONA).rows(r -> !r.get("name_in_list").equals("TOTAL"))) {
      residents.put(IstatCode.parse(row.get("istat_code")).value(), Long.parseLong(row.get("population_2022")));
    }
    return residents;
  }

  private static long publishedTotalResidents() {
    return Long.parseLong(ReferenceTable.read(ZONA).row("TOTAL").get("population_2022"));
  }

  private static Money quotaFromFacts() {
    return Money.parse(ReferenceTable.fact("quota_capitaria"));
  }

  @Test
  void quotaOf489_onThe47ComuniOf2022_is751015point98() {
    Map<String, Long> residents = zonaResidents();
    Money rate = quotaFromFacts();
    QuotaCharge charge = QuotaCapitaria.of(rate).charge(residents);

    assertEquals(47, charge.lines().size());
    assertEquals(publishedTotalResidents(), charge.residents());
    assertEquals(153_582L, charge.residents());
    // Independently: residents of the TOTAL row times the rate in cents, in long arithmetic.
    long expectedCents = publishedTotalResidents() * rate.cents();
    assertEquals(Money.ofCents(expectedCents), charge.total());
    assertEquals(Money.parse("751015.98"), charge.total());
    // Cremona: 70,841 residents (its row) times 4.89
    assertEquals(Money.ofCents(residents.get("019036") * 489), charge.line("019036").amount());
    assertEquals(Money.parse("346412.49"), charge.line("019036").amount());
  }

  @Test
  void cremonaExcludingMinorsProtection_paysOnlyTheOtherComponent() {
    // Illustrative split of the 4.89 (the seed gives only the total): 3.50 social work + 1.39 minors.
    Map<String, Long> residents = zonaResidents();
    QuotaCapitaria q =
        QuotaCapitaria.builder()
            .component("servizio sociale", new BigDecimal("3.50"))
            .component("tutela minori", new BigDecimal("1.39"))
            .build();
    assertEquals(0, q.rate().compareTo(quotaFromFacts().amount()));
    QuotaCharge charge = q.charge(residents, Map.of("019036", Set.of("tutela minori")));
    long cremona = residents.get("019036");
    assertEquals(Money.ofCents(cremona * 350), charge.line("019036").amount());
    assertEquals(Money.ofCents(publishedTotalResidents() * 489 - cremona * 139), charge.total());
    assertEquals(Money.parse("652546.99"), charge.total());
    assertTrue(charge.report().contains("019036"));
    assertTrue(charge.report().contains("tutela minori"));
  }

  @Test
  void rateFinerThanACent_isRoundedPerComuneWithTheScheduleRounding() {
    QuotaCapitaria q =
        QuotaCapitaria.builder().component("q", new BigDecimal("2.585")).rounding(RoundingMode.HALF_EVEN).build();
    // 3 * 2.585 = 7.755 -> 7.76 half-even; 1 * 2.585 = 2.585 -> 2.58 half-even
    QuotaCharge c = q.charge(new LinkedHashMap<>(Map.of("a", 3L)));
    assertEquals(Money.parse("7.76"), c.total());
    assertEquals(Money.parse("2.58"), q.charge(Map.of("b", 1L)).total());
  }

  @Test
  void charge_ofPopulations_usesTheirTotals() {
    Population a = Population.builder("019036", 2022).male(40, 3).female(80, 2).build();
    Population b = Population.builder("019098", 2022).female(10, 1).build();
    QuotaCharge c = QuotaCapitaria.of(Money.parse("4.89")).charge(List.of(a, b), Map.of());
    assertEquals(Money.parse("29.34"), c.total());
    assertEquals(6, c.residents());
  }

  @Test
  void charge_negativeResidents_isRejectedNamingTheComune() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> QuotaCapitaria.of(Money.parse("4.89")).charge(Map.of("019036", -1L)));
    assertEquals("residents of comune 019036 must be >= 0: -1", e.getMessage());
    Map<String, Long> none = new LinkedHashMap<>();
    none.put("019036", null);
    assertEquals("residents of 019036", assertThrows(NullPointerException.class,
        () -> QuotaCapitaria.of(Money.parse("4.89")).charge(none)).getMessage());
  }

  @Test
  void charge_unknownExcludedComponent_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> QuotaCapitaria.of(Money.parse("4.89")).charge(Map.of("019036", 1L), Map.of("019036", Set.of("adi"))));
    assertEquals(
        "comune 019036 excludes an unknown component 'adi': the components are [quota]", e.getMessage());
  }

  @Test
  void charge_exclusionForAComuneNotCharged_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> QuotaCapitaria.of(Money.parse("4.89")).charge(Map.of("019036", 1L), Map.of("019098", Set.of("quota"))));
    assertEquals("exclusions given for comune 019098, which is not charged", e.getMessage());
  }

  @Test
  void component_negativeRate_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> QuotaCapitaria.builder().component("tutela minori", new BigDecimal("-1.39")));
    assertEquals("rate of component 'tutela minori' must be >= 0: -1.39", e.getMessage());
  }

  @Test
  void roundingUnnecessary_isRefusedUpFront_everyOtherRoundingRoundsAFractionOfACent() {
    assertEquals("rounding UNNECESSARY cannot round the comuni's amounts", assertThrows(IllegalArgumentException.class,
        () -> QuotaCapitaria.builder().rounding(RoundingMode.UNNECESSARY)).getMessage());
    // 3 residents at 0.005 owe 0.015: 0.02 rounded half up or up, 0.01 half down or down
    Map<RoundingMode, String> amounts = Map.of(RoundingMode.HALF_UP, "0.02", RoundingMode.UP, "0.02",
        RoundingMode.HALF_DOWN, "0.01", RoundingMode.DOWN, "0.01");
    amounts.forEach((mode, amount) -> assertEquals(Money.parse(amount),
        QuotaCapitaria.builder().component("q", new BigDecimal("0.005")).rounding(mode).build()
            .charge(Map.of("019036", 3L)).total(), mode.name()));
  }

  @Test
  void equality_isByTheRates_notByHowManyZerosTheyAreWrittenWith() {
    // 4.89 euro per resident written as a Money (4.89) and as a decimal 4.890: one rate, charging 4.89 × 1000
    // = 4890.00 either way, so one quota; a question "has the rate changed?" must answer no
    QuotaCapitaria fromMoney = QuotaCapitaria.of(Money.parse("4.89"));
    QuotaCapitaria fromDecimal = QuotaCapitaria.builder().component("quota", new BigDecimal("4.890")).build();
    assertEquals(fromMoney.charge(Map.of("019036", 1000L)).total(), fromDecimal.charge(Map.of("019036", 1000L)).total());
    assertEquals(fromMoney, fromDecimal);
    assertEquals(fromMoney.hashCode(), fromDecimal.hashCode());
    // another rate, another component name or another rounding is another quota
    assertTrue(!fromMoney.equals(QuotaCapitaria.of(Money.parse("4.90"))));
    assertTrue(!fromMoney.equals(QuotaCapitaria.builder().component("q", new BigDecimal("4.89")).build()));
    assertTrue(!fromMoney.equals(QuotaCapitaria.builder().component("quota", new BigDecimal("4.89"))
        .rounding(RoundingMode.DOWN).build()));
  }

  @Test
  void equalQuotas_chargeEqually_whateverTheZerosTheRatesAreWrittenWith() {
    // 4.89 and 4.890 are one quota (above): 1000 residents pay 4890.00 either way, so the two charges, line
    // by line, are one charge too
    QuotaCapitaria fromMoney = QuotaCapitaria.of(Money.parse("4.89"));
    QuotaCapitaria fromDecimal = QuotaCapitaria.builder().component("quota", new BigDecimal("4.890")).build();
    QuotaCharge a = fromMoney.charge(Map.of("019036", 1000L));
    QuotaCharge b = fromDecimal.charge(Map.of("019036", 1000L));
    assertEquals(Money.parse("4890.00"), b.total());
    assertEquals(a.line("019036"), b.line("019036"));
    assertEquals(a.line("019036").hashCode(), b.line("019036").hashCode());
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    // another rate is another line
    assertTrue(!a.line("019036").equals(new QuotaLine("019036", 1000, Set.of(), new BigDecimal("4.891"),
        Money.parse("4891.00"))));
  }
}
