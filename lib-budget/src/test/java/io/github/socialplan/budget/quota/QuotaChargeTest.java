package io.github.socialplan.budget.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A charge rebuilt from its lines (as a JSON read does), its report and equality, and the schedule's own
 * checks. Every figure is worked by hand in the comments.
 */
class QuotaChargeTest {

  private static QuotaLine line(String comune, long residents, String rate, String amount) {
    return new QuotaLine(comune, residents, Set.of(), new BigDecimal(rate), Money.parse(amount));
  }

  private static String refused(List<QuotaLine> lines) {
    return assertThrows(IllegalArgumentException.class, () -> QuotaCharge.of(lines)).getMessage();
  }

  @Test
  void fromItsLines_addsUpTheAmountsAndTheResidents() {
    // 3 residents at 0.335: 1.005, so 1.00 or 1.01; 10 at 2.00: 20.00
    QuotaCharge c = QuotaCharge.of(List.of(line("019036", 3, "0.335", "1.00"), line("019098", 10, "2.00", "20.00")));
    assertEquals(Money.parse("21.00"), c.total());
    assertEquals(13, c.residents());
    assertEquals(Money.parse("1.01"),
        QuotaCharge.of(List.of(line("019036", 3, "0.335", "1.01"))).total());
    assertEquals(line("019098", 10, "2.00", "20.00"), c.line("019098"));
    assertEquals("comune 019076 was not charged",
        assertThrows(IllegalArgumentException.class, () -> c.line("019076")).getMessage());
    assertEquals("QuotaCharge{comuni=2, residents=13, total=21.00}", c.toString());
  }

  @Test
  void anAmountFurtherThanTheCentAround_orAComuneTwice_isRefused() {
    assertEquals("amount of comune 019036 must be its residents 3 times its rate 0.335 rounded to the cent: 1.02",
        refused(List.of(line("019036", 3, "0.335", "1.02"))));
    assertEquals("amount of comune 019036 must be its residents 3 times its rate 0.335 rounded to the cent: 0.99",
        refused(List.of(line("019036", 3, "0.335", "0.99"))));
    assertEquals("comune 019036 is charged twice",
        refused(List.of(line("019036", 1, "1.00", "1.00"), line("019036", 1, "1.00", "1.00"))));
  }

  @Test
  void report_givesEveryComuneItsExclusionsAndTheTotals() {
    QuotaCharge c = QuotaCharge.of(List.of(
        new QuotaLine("019036", 3, Set.of("nidi", "adi"), new BigDecimal("0.335"), Money.parse("1.00")),
        line("019098", 10, "2.00", "20.00")));
    String[] rows = c.report().split("\n");
    assertEquals(4, rows.length);
    assertEquals(List.of("comune", "residents", "rate", "amount", "excluded"), List.of(rows[0].split(" +")));
    assertEquals(List.of("019036", "3", "0.335", "1.00", "adi,nidi"), List.of(rows[1].split(" +")));
    assertEquals(List.of("total", "13", "21.00"), List.of(rows[3].split(" +")));
  }

  @Test
  void equality_isByTheLinesInOrder() {
    QuotaLine a = line("019036", 3, "0.335", "1.00");
    QuotaLine b = line("019098", 10, "2.00", "20.00");
    QuotaCharge ab = QuotaCharge.of(List.of(a, b));
    assertEquals(ab, QuotaCharge.of(List.of(a, b)));
    assertEquals(ab.hashCode(), QuotaCharge.of(List.of(a, b)).hashCode());
    QuotaCharge ba = QuotaCharge.of(List.of(b, a));
    assertNotEquals(ab, ba);
    assertNotEquals(ab.hashCode(), ba.hashCode());
    assertNotEquals(ab, null);
    assertNotEquals(ab, ab.toString());
  }

  @Test
  void schedule_componentsRatesAndEquality() {
    QuotaCapitaria q = QuotaCapitaria.builder().component("adi", new BigDecimal("1.25"))
        .component("nidi", new BigDecimal("0.50")).rounding(RoundingMode.DOWN).build();
    assertEquals(new BigDecimal("1.75"), q.rate());
    assertEquals(new BigDecimal("0.50"), q.rate(Set.of("adi")));
    assertEquals(RoundingMode.DOWN, q.rounding());
    Map<String, BigDecimal> components = new LinkedHashMap<>();
    components.put("adi", new BigDecimal("1.25"));
    components.put("nidi", new BigDecimal("0.50"));
    assertEquals(components, q.components());
    assertEquals("QuotaCapitaria{rate=1.75, components={adi=1.25, nidi=0.50}, rounding=DOWN}", q.toString());
    QuotaCapitaria same = QuotaCapitaria.builder().component("adi", new BigDecimal("1.25"))
        .component("nidi", new BigDecimal("0.50")).rounding(RoundingMode.DOWN).build();
    assertEquals(q, same);
    assertEquals(q.hashCode(), same.hashCode());
    QuotaCapitaria halfUp = QuotaCapitaria.builder().component("adi", new BigDecimal("1.25"))
        .component("nidi", new BigDecimal("0.50")).build();
    assertNotEquals(q, halfUp);
    assertNotEquals(q.hashCode(), halfUp.hashCode());
    QuotaCapitaria oneComponent = QuotaCapitaria.builder().component("adi", new BigDecimal("1.25"))
        .rounding(RoundingMode.DOWN).build();
    assertNotEquals(q, oneComponent);
    assertNotEquals(q, null);
    assertNotEquals(q, q.toString());
    // 3 residents at 1.75 less nidi's 0.50 pay 3.75; 7 at 1.75 pay 12.25; rounding DOWN changes neither
    QuotaCharge c = q.charge(Map.of("019036", 3L), Map.of("019036", Set.of("nidi")));
    assertEquals(Money.parse("3.75"), c.total());
    assertEquals(Money.parse("12.25"), q.charge(Map.of("019098", 7L)).total());
    assertEquals(Money.parse("5.00"), QuotaCapitaria.of(Money.parse("2.50")).charge(Map.of("019098", 2L)).total());
  }

  @Test
  void schedule_refusesEachBadInput() {
    assertEquals("a quota capitaria needs at least one component",
        assertThrows(IllegalArgumentException.class, () -> QuotaCapitaria.builder().build()).getMessage());
    assertEquals("component 'adi' is given twice", assertThrows(IllegalArgumentException.class,
        () -> QuotaCapitaria.builder().component("adi", BigDecimal.ONE).component("adi", BigDecimal.TEN))
        .getMessage());
    QuotaCapitaria free = QuotaCapitaria.builder().component("adi", BigDecimal.ZERO).build();
    assertEquals(Money.ZERO, free.charge(Map.of("019036", 100L)).total());
    assertEquals("unknown component 'nidi': the components are [adi]",
        assertThrows(IllegalArgumentException.class, () -> free.rate(Set.of("nidi"))).getMessage());
    assertEquals("comune 019036 excludes an unknown component 'nidi': the components are [adi]",
        assertThrows(IllegalArgumentException.class,
            () -> free.charge(Map.of("019036", 1L), Map.of("019036", Set.of("nidi")))).getMessage());
    // no residents is a charge of nothing
    assertEquals(Money.ZERO, free.charge(Map.of("019036", 0L)).total());
  }

  @Test
  void aNegativeRateOrNegativeResidents_areRefusedNamingTheComune_asTheScheduleRefusesThem() {
    // -4.89 times 100 is -489.00 exactly: only the sign is wrong
    assertEquals("rate of comune 019036 must be >= 0: -4.89", refused(List.of(line("019036", 100, "-4.89", "-489.00"))));
    // -2 residents at 3.50 is -7.00 exactly
    assertEquals("residents of comune 019098 must be >= 0: -2",
        refused(List.of(line("019036", 100, "4.89", "489.00"), line("019098", -2, "3.50", "-7.00"))));
    // the same lines with the signs right, and the zero rate and residents a schedule allows
    QuotaCharge c = QuotaCharge.of(List.of(line("019036", 100, "4.89", "489.00"), line("019098", 2, "3.50", "7.00"),
        line("019076", 0, "4.89", "0.00"), line("019001", 10, "0", "0.00")));
    assertEquals(Money.parse("496.00"), c.total());
    assertEquals(112, c.residents());
  }
}
