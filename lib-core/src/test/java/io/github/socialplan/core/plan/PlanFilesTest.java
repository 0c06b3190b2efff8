package io.github.socialplan.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.core.testing.ReferenceTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PlanFilesTest {

  static Path plans() {
    return ReferenceFiles.folder().getParent().resolve("plans");
  }

  static List<Path> planFiles() throws IOException {
    try (Stream<Path> s = Files.list(plans())) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  static Plan cremona() throws IOException {
    return SocialPlanJson.read(plans().resolve("cremona-pdz-2015-2017.json"), Plan.class);
  }

  @ParameterizedTest
  @MethodSource("planFiles")
  void planFile_loads_andRoundTripsToAnEqualValue(Path file) throws IOException {
    Plan plan = SocialPlanJson.read(file, Plan.class);
    assertEquals(plan, SocialPlanJson.read(SocialPlanJson.write(plan), Plan.class));
    assertTrue(plan.source().isPresent(), file + " names its source document");
  }

  @Test
  void everyElementOfEveryPlanFile_namesItsSource() throws IOException {
    for (Path file : planFiles()) {
      JsonNode root = SocialPlanJson.mapper().readTree(file.toFile());
      for (String list : List.of("axes", "objectives", "actions", "targets", "governance", "participation",
          "focuses", "budgets", "actuals")) {
        for (JsonNode e : root.path(list)) {
          assertTrue(e.hasNonNull("source"), file.getFileName() + ": an element of " + list + " names no source: " + e);
          assertFalse(e.get("source").asText().toLowerCase(java.util.Locale.ROOT).contains("seed"), e.toString());
        }
      }
    }
  }

  @Test
  void fivePlanFiles() throws IOException {
    assertEquals(5, planFiles().size(), planFiles().toString());
  }

  @Test
  void wellFareLegami_340000AYear_1020000OverTheTriennium_500000OfPacts() throws IOException {
    Plan plan = cremona();
    // computed from the file's own quantities and unit costs, read as JSON, not through CostLine
    JsonNode root = SocialPlanJson.mapper().readTree(plans().resolve("cremona-pdz-2015-2017.json").toFile());
    BigDecimal perYear = BigDecimal.ZERO;
    BigDecimal once = BigDecimal.ZERO;
    for (JsonNode a : root.get("actions")) {
      for (JsonNode c : a.path("costs")) {
        BigDecimal v = c.get("quantity").decimalValue().multiply(c.get("unitCost").decimalValue());
        if (c.get("eachYear").asBoolean()) {
          perYear = perYear.add(v);
        } else {
          once = once.add(v);
        }
      }
    }
    // and from the published facts
    ReferenceTable facts = ReferenceTable.read("cremona-facts.csv");
    BigDecimal published = new BigDecimal(facts.row("wellfare_legami_community_labs_per_year").get("value"))
        .multiply(new BigDecimal(facts.row("wellfare_legami_budget_per_lab").get("value")))
        .add(new BigDecimal(facts.row("wellfare_legami_business_pacts_per_year").get("value"))
            .multiply(new BigDecimal(facts.row("wellfare_legami_budget_per_business_pact").get("value"))))
        .add(new BigDecimal(facts.row("wellfare_legami_civic_centers_per_year").get("value"))
            .multiply(new BigDecimal(facts.row("wellfare_legami_budget_per_civic_center").get("value"))));
    BigDecimal pacts = new BigDecimal(facts.row("wellfare_legami_patti").get("value"))
        .multiply(new BigDecimal(facts.row("wellfare_legami_budget_per_patto").get("value")));
    assertEquals(0, published.compareTo(perYear));
    assertEquals(0, pacts.compareTo(once));
    assertEquals(0, new BigDecimal("340000").compareTo(perYear)); // the figures the plan's readers quote
    assertEquals(0, new BigDecimal("500000").compareTo(pacts));
    Money modelPerYear = Money.ZERO;
    Money modelTotal = Money.ZERO;
    for (Action a : plan.actions()) {
      modelTotal = modelTotal.plus(a.costTotal());
      for (CostLine c : a.costs()) {
        if (c.eachYear()) {
          modelPerYear = modelPerYear.plus(c.inYear(2016).orElseThrow());
        }
      }
    }
    assertEquals(Money.of(perYear), modelPerYear);
    assertEquals(Money.of(perYear.multiply(BigDecimal.valueOf(3)).add(pacts)), modelTotal);
    assertEquals(Money.ofEuros(1_020_000), Money.of(perYear.multiply(BigDecimal.valueOf(3))));
  }

  @Test
  void wellFareLegami_labsSplit663_civicCentres442_amongTheThreeDistricts() throws IOException {
    Plan plan = cremona();
    Map<String, BigDecimal> labs = new TreeMap<>();
    Map<String, BigDecimal> centres = new TreeMap<>();
    for (Action a : plan.actions()) {
      for (CostLine c : a.costs()) {
        if (c.territory().isEmpty()) {
          continue;
        }
        Map<String, BigDecimal> m = a.id().equals("wfl-2") ? labs : centres;
        m.merge(c.territory().get(), c.quantity().orElseThrow(), BigDecimal::add);
      }
    }
    ReferenceTable facts = ReferenceTable.read("cremona-facts.csv");
    // the unit column spells the split: "count (6 Cremona 6 Crema 3 Casalmaggiore)"
    assertEquals(facts.row("wellfare_legami_community_labs_per_year").get("unit"), "count (" + labs.get("distretto cremonese")
        .toPlainString() + " Cremona " + labs.get("distretto cremasco").toPlainString() + " Crema "
        + labs.get("distretto casalasco").toPlainString() + " Casalmaggiore)");
    assertEquals(facts.row("wellfare_legami_civic_centers_per_year").get("unit"), "count (" + centres.get("distretto cremonese")
        .toPlainString() + " Cremona " + centres.get("distretto cremasco").toPlainString() + " Crema "
        + centres.get("distretto casalasco").toPlainString() + " Casalmaggiore)");
  }
}
