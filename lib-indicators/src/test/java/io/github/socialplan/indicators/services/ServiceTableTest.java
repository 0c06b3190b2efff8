package io.github.socialplan.indicators.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.ComuneResidents;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.io.ComuniListReader;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.service.Service;
import io.github.socialplan.core.service.Services;
import io.github.socialplan.core.service.UserArea;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.core.testing.ReferenceTable;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceTableTest {

  /**
   * The ten services of the Piano di Zona 2015-2017 dell'Ambito di Cremona, §2.2, in 2012: users and
   * municipal spending as published; the co-payment total from the published co-payment per user.
   */
  @Test
  void cremona2012_theTenServicesTogether_give3740PerUser_and19PercentCopayment() {
    Map<String, String> row = ReferenceTable.read("cremona-2012-service-costs.csv").row("Totale Ambito");
    long users = Long.parseLong(row.get("users"));
    Money spending = Money.parse(row.get("municipal_spending"));
    Money copayment = Money.parse(row.get("copayment_per_user")).times(users);
    ServiceFigures f = new ServiceFigures(users, spending, copayment);
    assertEquals(1_991, f.users());
    assertEquals(new BigDecimal(row.get("municipal_spending_per_user")),
        f.municipalSpendingPerUser().rounded(0, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal(row.get("pct_copayment")), f.copaymentIncidence().rounded(0, RoundingMode.HALF_UP));
  }

  /** Illustrative user counts (not published): the coverage is computed from the real 2022 residents. */
  @Test
  void coverage_ofRealResidents_ofThe47Comuni_withStatedUsers() throws IOException {
    ComuniList zona = ComuniListReader
        .columns("istat_code", "municipality", "population_2022", "population_F", "population_M")
        .withTotalRow("name_in_list", "TOTAL")
        .read(ReferenceFiles.path("real/cremona-zona-omogenea-47-comuni-2022.csv"));
    Service segretariato = Services.byId("SEGRETARIATO");
    ServiceTable.Builder b = ServiceTable.builder();
    Partition.Builder ambito = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT);
    long statedUsers = 0;
    for (ComuneResidents c : zona.comuni()) {
      long users = c.total() / 50; // stated: one user in 50 residents, rounded down
      statedUsers += users;
      b.add(c.code().value(), segretariato, users, Money.ofEuros(users * 10), Money.ZERO);
      ambito.assign(c.code(), "zona-omogenea-cremonese");
    }
    ServiceTable t = b.build();
    ComuneResidents first = zona.comuni().get(0);
    Population residents = Population.builder(first.code().value(), 2022, AgeBands.cutAt())
        .band(AgeBand.all(), Math.toIntExact(first.males()), Math.toIntExact(first.females()), first.total())
        .build();
    IndicatorValue v = t.coverage(first.code().value(), segretariato, residents, AgeBand.all());
    assertEquals(IndicatorValue.ratio(first.total() / 50, first.total(), 100, "x"), v);
    // residents by sex only do not give the children under 3 of a nursery
    IndicatorValue nido = t.coverage(first.code().value(), segretariato, residents, AgeBand.of(0, 2));
    assertEquals(UndefinedReason.AGE_BAND_NOT_SPLIT, nido.reason().orElseThrow());
    assertTrue(nido.detail().contains("band 0+ does not split at 3"), nido.detail());

    ServiceFigures all = t.grouped(ambito.build()).total("zona-omogenea-cremonese");
    assertEquals(statedUsers, all.users());
    assertEquals(IndicatorValue.ratio(statedUsers, zona.total(), 100, "x"), all.coverage(zona.total()));
  }

  @Test
  void moreUsersThanTargets_isAllowed_andFlaggedAbove100() {
    ServiceFigures f = new ServiceFigures(120, Money.ofEuros(1000), Money.ZERO);
    assertEquals("120.0", f.coverage(100).format());
    assertTrue(f.exceeds(100));
    assertFalse(f.exceeds(120));
  }

  @Test
  void totals_byTerritory_andByAreaOfUsers() {
    ServiceTable t = ServiceTable.builder()
        .add("019036", Services.byId("SAD"), 50, Money.ofEuros(100_000), Money.ofEuros(20_000))
        .add("019036", Services.byId("CDD"), 10, Money.ofEuros(200_000), Money.ofEuros(30_000))
        .add("019036", Services.byId("NIDO"), 40, Money.ofEuros(300_000), Money.ofEuros(100_000))
        .build();
    assertEquals(100, t.total("019036").users());
    assertEquals(Money.ofEuros(600_000), t.total("019036").municipalSpending());
    assertEquals(10, t.total("019036", UserArea.DISABILITY).users());
    assertEquals(new BigDecimal("23000.00"),
        t.figures("019036", Services.byId("CDD")).orElseThrow().costPerUser().rounded(2, RoundingMode.HALF_UP));
    // a comune with no rows is not known to have no users (its coverage of any service is MISSING_INPUT)
    assertThrows(IllegalArgumentException.class, () -> t.total("019001"));
    assertEquals(ServiceFigures.NONE, t.total("019036", UserArea.POVERTY_HOMELESSNESS));
  }

  @Test
  void badInput_isRejectedNamingIt() {
    assertEquals("SAD in 019036: users, municipal spending and co-payment must be >= 0: -1 users, 0.00, 0.00",
        assertThrows(IllegalArgumentException.class, () -> ServiceTable.builder()
            .add("019036", Services.byId("SAD"), -1, Money.ZERO, Money.ZERO)).getMessage());
    ServiceTable t = ServiceTable.builder()
        .add("019001", Services.byId("SAD"), 1, Money.ZERO, Money.ZERO)
        .add("019002", Services.byId("SAD"), 1, Money.ZERO, Money.ZERO).build();
    Partition one = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019001"), "a").build();
    assertEquals("service figures of territory '019002' cannot be grouped: it is not a comune of partition"
        + " 'ambiti'", assertThrows(IllegalArgumentException.class, () -> t.grouped(one)).getMessage());
    assertEquals(List.of("019001", "019002"), List.copyOf(t.territories()));
  }

  @Test
  void aTerritoryThatIsBlank_orAServiceTwice_isRefused_andAnUnknownServiceHasNoCoverage() {
    ServiceTable.Builder b = ServiceTable.builder()
        .add("019036", Services.byId("SAD"), 5, Money.ZERO, Money.ZERO);
    assertEquals("territory of the SAD figures is blank", assertThrows(IllegalArgumentException.class,
        () -> b.add(" ", Services.byId("SAD"), 1, Money.ZERO, Money.ZERO)).getMessage());
    assertEquals("service SAD has figures twice in 019036", assertThrows(IllegalArgumentException.class,
        () -> b.add("019036", Services.byId("SAD"), 1, Money.ZERO, Money.ZERO)).getMessage());
    ServiceTable t = b.add("019001", Services.byId("ADM"), 2, Money.ZERO, Money.ZERO).build();
    assertEquals("ServiceTable[2 territories]", t.toString());
    Population residents = Population.builder("019036", 2022, AgeBands.cutAt())
        .band(AgeBand.all(), 40, 60, 100).build();
    IndicatorValue none = t.coverage("019036", Services.byId("ADM"), residents, AgeBand.all());
    assertEquals(IndicatorValue.undefined(UndefinedReason.MISSING_INPUT, "users of ADM in 019036 not known"), none);
    assertEquals(IndicatorValue.ratio(5, 100, 100, "x"),
        t.coverage("019036", Services.byId("SAD"), residents, AgeBand.all()));
  }
}
