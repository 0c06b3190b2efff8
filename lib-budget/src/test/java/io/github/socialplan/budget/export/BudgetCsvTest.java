package io.github.socialplan.budget.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.budget.testing.CremonaBudgets;
import io.github.socialplan.budget.transition.Transition;
import io.github.socialplan.budget.transition.TransitionCap;
import io.github.socialplan.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BudgetCsvTest {

  private static List<List<String>> parse(String csv) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
      return it.readAll();
    }
  }

  @Test
  void allocation_rowsParseBackWithTheAmounts() throws IOException {
    Weights w = Weights.builder().add("x", 1).add("y", 2).build();
    List<List<String>> rows = parse(BudgetCsv.allocation(LargestRemainder.allocate(Money.parse("0.10"), w)));
    assertEquals(List.of("recipient", "weight", "exact_share", "amount", "remainder_cents", "rounded_up", "binding"),
        rows.get(0));
    assertEquals(List.of("y", "2", "0.066666666667", "0.07", "0.6666666667", "true", "NONE"), rows.get(2));
  }

  @Test
  void quota_listsExclusions() throws IOException {
    QuotaCapitaria q = QuotaCapitaria.builder()
        .component("a", new BigDecimal("1.00")).component("b", new BigDecimal("2.00")).build();
    List<List<String>> rows = parse(BudgetCsv.quota(q.charge(Map.of("019036", 10L), Map.of("019036", Set.of("b")))));
    assertEquals(List.of("019036", "10", "1.00", "10.00", "b"), rows.get(1));
  }

  @Test
  void balance_quotesTheGapSentencesAndKeepsThe2015Gap() throws IOException {
    List<List<String>> rows = parse(BudgetCsv.balance(PlanBalance.of(CremonaBudgets.plan())));
    assertEquals(4, rows.size());
    assertEquals("5574718.00", rows.get(1).get(3));
    assertEquals("2015: expenditure lines add up to 5574718.00, published total expenditure is 5574719.00:"
        + " difference -1.00;2015: revenue lines add up to 5574719.00, expenditure lines add up to 5574718.00:"
        + " difference 1.00", rows.get(1).get(5));
    assertEquals("", rows.get(2).get(5));
  }

  @Test
  void transition_oneRowPerYearAndRecipient() throws IOException {
    Map<String, Money> h = new LinkedHashMap<>();
    h.put("A", Money.ofEuros(60));
    h.put("B", Money.ofEuros(40));
    String csv = BudgetCsv.transition(Transition.path(h, Weights.of(new String[] {"A", "B"}, new long[] {1, 1}),
        TransitionCap.shareOfGap(new BigDecimal("0.5")), 2015, List.of(Money.ofEuros(100), Money.ofEuros(100))));
    List<List<String>> rows = parse(csv);
    assertEquals(5, rows.size());
    assertEquals(List.of("2016", "A", "55.00", "55.00", "50.00", "52.50", "-2.50", "2.50"), rows.get(3));
  }

  @Test
  void quote_doublesInnerQuotes() {
    Weights w = Weights.of(new String[] {"Area famiglie, minori, \"infanzia\"", "plain"}, new long[] {1, 1});
    List<String> lines = BudgetCsv.allocation(LargestRemainder.allocate(Money.ofEuros(2), w)).lines().toList();
    assertTrue(lines.get(1).startsWith("\"Area famiglie, minori, \"\"infanzia\"\"\",1,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("plain,1,"), lines.get(2));
  }
}
