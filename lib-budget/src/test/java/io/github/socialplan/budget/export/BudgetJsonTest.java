package io.github.socialplan.budget.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.budget.testing.CremonaBudgets;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.YearlyBudget;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BudgetJsonTest {

  /** Reads numbers as exact decimals, keeping their scale (0.10 stays 0.10). */
  private static final JsonMapper READER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  private static JsonNode parse(String json) throws IOException {
    return READER.readTree(json);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void allocation_hasTheCsvFieldsInCamelCase_andMoneyWithTwoDecimals() throws IOException {
    Weights w = Weights.builder().add("x", 1).add("y", 2).build();
    Allocation a = LargestRemainder.allocate(Money.parse("0.10"), w);
    JsonNode doc = parse(BudgetJson.allocation(a));
    assertEquals(new BigDecimal("0.10"), doc.get("total").decimalValue());
    JsonNode y = doc.get("lines").get(1);
    List<String> csvHeader = List.of(BudgetCsv.allocation(a).split("\n")[0].split(","));
    // The CSV header's snake_case names, in camelCase as all of socialplan's JSON.
    assertEquals(csvHeader.stream().map(BudgetJsonTest::camel).toList(), fieldNames(y));
    assertEquals("y", y.get("recipient").asText());
    // 0.10 × 2/3 = 0.0666...: 6 whole cents and the leftover cent, as the CSV test shows
    assertEquals(new BigDecimal("0.07"), y.get("amount").decimalValue());
    assertEquals(new BigDecimal("0.066666666667"), y.get("exactShare").decimalValue());
    assertTrue(y.get("roundedUp").asBoolean());
    assertEquals("NONE", y.get("binding").asText());
    assertEquals(new BigDecimal("0.03"), doc.get("lines").get(0).get("amount").decimalValue());
  }

  @Test
  void allocation_partsInTheJson_addUpToTheTotal() throws IOException {
    Weights w = Weights.builder().add("a", 7).add("b", 11).add("c", 13).build();
    JsonNode doc = parse(BudgetJson.allocation(LargestRemainder.allocate(Money.parse("1000.00"), w)));
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode line : doc.get("lines")) {
      assertEquals(2, line.get("amount").decimalValue().scale(), line.toString());
      sum = sum.add(line.get("amount").decimalValue());
    }
    assertEquals(doc.get("total").decimalValue(), sum);
  }

  @Test
  void quota_listsEveryComuneWithSortedExclusions_andTheTotal() throws IOException {
    QuotaCapitaria q = QuotaCapitaria.builder()
        .component("b", new BigDecimal("2.00")).component("a", new BigDecimal("1.00"))
        .component("c", new BigDecimal("0.50")).build();
    QuotaCharge charge = q.charge(Map.of("019036", 10L, "019001", 3L), Map.of("019036", Set.of("c", "b")));
    JsonNode doc = parse(BudgetJson.quota(charge));
    // 10 × 1.00 + 3 × 3.50 = 20.50
    assertEquals(new BigDecimal("20.50"), doc.get("total").decimalValue());
    assertEquals(13, doc.get("residents").asLong());
    for (JsonNode line : doc.get("lines")) {
      if (line.get("comune").asText().equals("019036")) {
        assertEquals("[\"b\",\"c\"]", line.get("excluded").toString());
        assertEquals(new BigDecimal("10.00"), line.get("amount").decimalValue());
        assertEquals(new BigDecimal("1.00"), line.get("rate").decimalValue());
      } else {
        assertEquals("[]", line.get("excluded").toString());
        assertEquals(new BigDecimal("10.50"), line.get("amount").decimalValue());
      }
    }
    assertEquals(List.of("comune", "residents", "rate", "amount", "excluded"),
        fieldNames(doc.get("lines").get(0)));
  }

  @Test
  void balance_ofTheCremonaPlan_reportsThe2015GapWithItsFiguresAndSentence() throws IOException {
    JsonNode doc = parse(BudgetJson.balance(PlanBalance.of(CremonaBudgets.plan())));
    assertFalse(doc.get("balanced").asBoolean());
    JsonNode y2015 = doc.get("years").get(0);
    assertEquals(2015, y2015.get("year").asInt());
    assertEquals(CremonaBudgets.planPublished("total_expenditure", 2015).amount(),
        y2015.get("publishedExpenditure").decimalValue());
    assertEquals(CremonaBudgets.planPublished("total_revenue", 2015).amount(),
        y2015.get("publishedRevenue").decimalValue());
    JsonNode gap = y2015.get("gaps").get(0);
    assertEquals("EXPENDITURE_LINES_VS_PUBLISHED_TOTAL", gap.get("kind").asText());
    assertEquals(new BigDecimal("5574718.00"), gap.get("first").decimalValue());
    assertEquals(new BigDecimal("-1.00"), gap.get("difference").decimalValue());
    assertTrue(gap.get("message").asText().startsWith("2015: "), gap.get("message").asText());
    assertTrue(doc.get("years").get(1).get("balanced").asBoolean());
    assertEquals(0, doc.get("years").get(1).get("gaps").size());
    // Entrate dai Comuni 2015-2016: 3,415,000 -> 3,615,000 = +5.9 %
    JsonNode first = doc.get("changes").get(0);
    assertEquals(List.of("label", "fromYear", "toYear", "before", "after", "difference", "percent"),
        fieldNames(first));
    assertEquals(new BigDecimal("200000.00"), first.get("difference").decimalValue());
    assertEquals(new BigDecimal("5.9"), first.get("percent").decimalValue());
  }

  @Test
  void balance_withoutPublishedTotals_andAChangeFromZero_leavesThemOut() throws IOException {
    YearlyBudget y1 = YearlyBudget.builder().year(2020).addRevenues(BudgetLine.of("FNPS", Money.ZERO)).build();
    YearlyBudget y2 = YearlyBudget.builder().year(2021).addRevenues(BudgetLine.of("FNPS", Money.ofEuros(5)))
        .build();
    JsonNode doc = parse(BudgetJson.balance(PlanBalance.of(List.of(y2, y1))));
    JsonNode first = doc.get("years").get(0);
    assertEquals(2020, first.get("year").asInt());
    assertEquals(new BigDecimal("0.00"), first.get("revenueLines").decimalValue());
    assertFalse(first.has("publishedRevenue"));
    assertFalse(doc.get("changes").get(0).has("percent"));
    assertEquals(new BigDecimal("5.00"), doc.get("changes").get(0).get("difference").decimalValue());
  }

  @Test
  void nullArguments_areNamed() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> BudgetJson.allocation(null));
    assertEquals("allocation", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> BudgetJson.quota(null));
    assertEquals("charge", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> BudgetJson.balance(null));
    assertEquals("balance", e.getMessage());
  }

  private static String camel(String snake) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }
}
