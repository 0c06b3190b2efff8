package io.github.socialplan.budget.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.Generators;
import io.github.socialplan.core.testing.PropertyRuns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Fault 4: a bare {@code \r} was written unquoted, so a row split in two, and excluded components were
 * joined by an unescaped {@code ;}. Every text must now read back unchanged with a standard CSV parser.
 */
class BudgetCsvRoundTripTest {

  private static final long SEED = 20_151_017L;


  private static List<List<String>> parse(String csv, char separator) {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
        .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(csv)) {
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void allocation_anyRecipientNames_readBackUnchanged() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(300)).forAll(Generators.awkwardText(10, false), Generators.awkwardText(10, false)).assuming((a, b) -> !a.equals(b))
        .checkAssert((a, b) -> {
          Allocation alloc = LargestRemainder.allocate(Money.ofEuros(10), Weights.builder().add(a, 1).add(b, 2).build());
          List<List<String>> rows = parse(BudgetCsv.allocation(alloc), ',');
          assertEquals(3, rows.size());
          assertEquals(alloc.lines().get(0).recipient(), rows.get(1).get(0));
          assertEquals(alloc.lines().get(1).recipient(), rows.get(2).get(0));
          assertEquals(alloc.lines().get(1).amount().toString(), rows.get(2).get(3));
        });
  }

  @Test
  void quota_anyExcludedComponentNames_readBackAsTheSameSet() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(300)).forAll(Generators.awkwardText(10, false), Generators.awkwardText(10, false), Generators.awkwardText(10, false))
        .assuming((a, b, c) -> !a.isBlank() && !b.isBlank() && !c.isBlank() && !a.equals(b) && !b.equals(c)
            && !a.equals(c))
        .checkAssert((a, b, c) -> {
          QuotaCapitaria q = QuotaCapitaria.builder().component(a, new BigDecimal("1.00"))
              .component(b, new BigDecimal("2.00")).component(c, new BigDecimal("0.50")).build();
          String csv = BudgetCsv.quota(q.charge(Map.of("019036", 10L), Map.of("019036", Set.of(a, c))));
          List<List<String>> rows = parse(csv, ',');
          assertEquals(2, rows.size());
          assertEquals(List.of("019036", "10", "2.00", "20.00"), rows.get(1).subList(0, 4));
          List<List<String>> excluded = parse(rows.get(1).get(4), ';');
          assertEquals(1, excluded.size(), rows.get(1).get(4));
          assertEquals(List.copyOf(new TreeSet<>(Set.of(a, c))), excluded.get(0));
        });
  }

  @Test
  void quota_componentHoldingASemicolon_isQuotedInItsList() {
    QuotaCapitaria q = QuotaCapitaria.builder().component("a;b", new BigDecimal("1.00"))
        .component("c", new BigDecimal("2.00")).build();
    String csv = BudgetCsv.quota(q.charge(Map.of("019036", 10L), Map.of("019036", Set.of("a;b", "c"))));
    assertEquals("\"\"\"a;b\"\";c\"", csv.split("\n")[1].split(",", 5)[4]);
  }
}
