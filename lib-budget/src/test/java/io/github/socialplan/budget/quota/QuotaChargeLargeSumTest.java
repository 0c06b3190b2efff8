package io.github.socialplan.budget.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.budget.json.QuotaRequest;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The residents of a charge add up in a long: a total past {@link Long#MAX_VALUE} is refused by name, never
 * wrapped around to a negative count.
 */
class QuotaChargeLargeSumTest {

  private static final long FIVE_E18 = 5_000_000_000_000_000_000L;

  @Test
  void residentsAddingUpPastALong_areRefusedNamingTheComune() {
    Map<String, Long> residents = new LinkedHashMap<>();
    residents.put("019036", FIVE_E18);
    residents.put("019098", FIVE_E18);
    // 5e18 + 5e18 = 1e19 > 9223372036854775807: the sum was -8446744073709551616 (1e19 - 2^64)
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuotaCapitaria.of(Money.parse("0.01")).charge(residents));
    assertEquals("residents of the comuni charged add up to more than 9223372036854775807 at comune 019098 ("
        + "5000000000000000000 residents)", e.getMessage());
    QuotaLine a = new QuotaLine("019036", FIVE_E18, Set.of(), new BigDecimal("0.01"),
        Money.parse("50000000000000000.00"));
    QuotaLine b = new QuotaLine("019098", FIVE_E18, Set.of(), new BigDecimal("0.01"),
        Money.parse("50000000000000000.00"));
    assertThrows(IllegalArgumentException.class, () -> QuotaCharge.of(List.of(a, b)));
  }

  @Test
  void residentsAddingUpToALong_areKept() {
    Map<String, Long> residents = new LinkedHashMap<>();
    residents.put("019036", Long.MAX_VALUE - 1);
    residents.put("019098", 1L);
    QuotaCharge c = QuotaCapitaria.of(Money.parse("0.01")).charge(residents);
    assertEquals(Long.MAX_VALUE, c.residents());
    // 9223372036854775807 residents at 0.01 each: 92233720368547758.07
    assertEquals(Money.parse("92233720368547758.07"), c.total());
  }

  @Test
  void aRequestWhoseResidentsAddUpPastALong_isRefusedWhenRead() {
    // what validate accepts, the charge computes: the request is refused as its charge would be
    Map<String, Long> residents = new LinkedHashMap<>();
    residents.put("019036", FIVE_E18);
    residents.put("019098", FIVE_E18);
    assertThrows(IllegalArgumentException.class,
        () -> new QuotaRequest(Map.of("quota", new BigDecimal("0.01")), null, residents, null));
  }

  @Test
  void anAmountPastTheLargestMoney_namesTheComune() {
    // 10^18 residents at 10^29 euro: 10^47 euro, more than 30 integer digits
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuotaCapitaria.builder().component("quota", new BigDecimal("1e29")).build()
            .charge(Map.of("019036", 1_000_000_000_000_000_000L)));
    assertEquals("comune 019036: 1000000000000000000 residents at 100000000000000000000000000000 each: money "
        + "out of range (more than 30 integer digits): 100000000000000000000000000000000000000000000000",
        e.getMessage());
  }

  @Test
  void aTotalPastTheLargestMoney_isRefused_asItsJsonCouldNotBeReadBack() {
    // two comuni of one resident at 6 × 10^29 each: each amount in range, the total 1.2 × 10^30 is not
    Map<String, Long> residents = new LinkedHashMap<>();
    residents.put("019036", 1L);
    residents.put("019098", 1L);
    QuotaCapitaria quota = QuotaCapitaria.builder().component("quota", new BigDecimal("6e29")).build();
    assertEquals("total of the comuni's amounts: money out of range (more than 30 integer digits): "
        + "1200000000000000000000000000000.00",
        assertThrows(IllegalArgumentException.class, () -> quota.charge(residents)).getMessage());
    Money six = Money.of(new BigDecimal("6e29"));
    QuotaLine a = new QuotaLine("019036", 1, Set.of(), new BigDecimal("6e29"), six);
    QuotaLine b = new QuotaLine("019098", 1, Set.of(), new BigDecimal("6e29"), six);
    assertEquals("total of the comuni's amounts: money out of range (more than 30 integer digits): "
        + "1200000000000000000000000000000.00",
        assertThrows(IllegalArgumentException.class, () -> QuotaCharge.of(List.of(a, b))).getMessage());
  }
}
