package io.github.socialplan.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.io.ComuneResidents;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.io.ComuniListReader;
import io.github.socialplan.core.io.PartitionData;
import io.github.socialplan.core.io.PartitionReader;
import io.github.socialplan.core.io.PlanTableReader;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.territory.Grouping;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.excel.read.PlanSheet;
import io.github.socialplan.excel.read.XlsxWorkbook;
import io.github.socialplan.excel.write.XlsxWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Tables written as workbooks and read back give equal values, to the cent: plan budgets, comuni lists and
 * partitions (of every kind) whose names hold {@code ;}, quotes, line breaks and accents, in Italian and in
 * English workbooks.
 */
class RoundTripTest {

  private static final long SEED = 20_170_101L;

  /** Texts that CSV must quote and XML must escape, and that a careless reader would change. */
  private static final List<String> WORDS = List.of("Area anziani", "Città", "Cappella de' Picenardi",
      "famiglie; minori; infanzia", "\"tra virgolette\"", "a capo\nsulla riga dopo", "perché è così",
      "Valle d’Aosta", "Ñuño São", "x,y", "<tag> & </tag>", "€ 5 %", "Sant'Angelo Lodigiano", "tab\tdentro");

  @TempDir
  Path dir;

  private static int in(RandomnessSource r, int min, int max) {
    return Generate.range(min, max).generate(r);
  }

  private static String name(RandomnessSource r, int i) {
    StringBuilder b = new StringBuilder().append(i);
    for (int k = in(r, 1, 3); k > 0; k--) {
      b.append(' ').append(WORDS.get(in(r, 0, WORDS.size() - 1)));
    }
    return b.toString();
  }

  private static Money money(RandomnessSource r) {
    return Money.ofCents(Generate.longRange(0, 99_999_999_999L).generate(r));
  }

  /** Plans of 1..4 consecutive years with the same lines every year, published totals in all or none. */
  static Gen<Plan> plans() {
    return r -> {
      int start = in(r, 2000, 2030);
      int years = in(r, 1, 4);
      List<String> revenues = new ArrayList<>();
      for (int i = in(r, 0, 5); i > 0; i--) {
        revenues.add(name(r, i));
      }
      List<String> expenditures = new ArrayList<>();
      for (int i = in(r, 1, 5); i > 0; i--) {
        expenditures.add(name(r, i));
      }
      boolean publishedRevenue = in(r, 0, 1) == 1;
      boolean publishedExpenditure = in(r, 0, 1) == 1;
      Plan.Builder p = Plan.builder().id("pdz").title("Piano").territory("ambito")
          .period(Period.of(start, start + years - 1));
      for (int y = start; y < start + years; y++) {
        YearlyBudget.Builder b = YearlyBudget.builder().year(y);
        revenues.forEach(l -> b.addRevenue(BudgetLine.of(l, money(r))));
        expenditures.forEach(l -> b.addExpenditure(BudgetLine.of(l, money(r))));
        if (publishedRevenue) {
          b.publishedRevenueTotal(money(r));
        }
        if (publishedExpenditure) {
          b.publishedExpenditureTotal(money(r));
        }
        p.addBudget(b.build());
      }
      return p.build();
    };
  }

  static Gen<List<ComuneResidents>> comuni() {
    return r -> {
      Set<Integer> codes = new LinkedHashSet<>();
      for (int i = in(r, 1, 30); i > 0; i--) {
        codes.add(in(r, 1, 111_999));
      }
      List<ComuneResidents> list = new ArrayList<>();
      int i = 0;
      for (int code : codes) {
        long f = in(r, 0, 2_000_000);
        long m = in(r, 0, 2_000_000);
        list.add(new ComuneResidents(IstatCode.ofNumber(code), name(r, i++), f + m, f, m));
      }
      return list;
    };
  }

  static Gen<PartitionData> partitions() {
    return r -> {
      Map<String, String> groups = new LinkedHashMap<>();
      for (int g = in(r, 1, 4); g > 0; g--) {
        groups.put("g" + g + " " + WORDS.get(in(r, 0, WORDS.size() - 1)).replace("\n", " ").strip(),
            name(r, g));
      }
      List<String> ids = new ArrayList<>(groups.keySet());
      // any kind a partition may have: a workbook writes its Italian term or English name for the reader
      List<TerritoryKind> kinds = new ArrayList<>(List.of(TerritoryKind.values()));
      kinds.remove(TerritoryKind.MUNICIPALITY);
      TerritoryKind kind = kinds.get(in(r, 0, kinds.size() - 1));
      Partition.Builder b = Partition.builder("ambiti", kind);
      Set<Integer> codes = new LinkedHashSet<>();
      for (int i = in(r, 1, 30); i > 0; i--) {
        codes.add(in(r, 1, 111_999));
      }
      Set<String> used = new LinkedHashSet<>();
      for (int code : codes) {
        String id = ids.get(in(r, 0, ids.size() - 1));
        used.add(id);
        b.assign(IstatCode.ofNumber(code), id);
      }
      List<Grouping> groupings = new ArrayList<>();
      for (String id : used) {
        groupings.add(Grouping.of(id, kind, groups.get(id)));
      }
      return new PartitionData("generated", b.build(), groupings);
    };
  }

  private Path file(String name) {
    return dir.resolve(name);
  }

  @Test
  void planBudgets_writtenAndReadBack_areEqualToTheCent() {
    planBudgets(Labels.ITALIAN, "Bilancio");
  }

  @Test
  void planBudgets_ofAnEnglishWorkbook_writtenAndReadBack_areEqualToTheCent() {
    planBudgets(Labels.ENGLISH, "Budget");
  }

  private void planBudgets(Labels labels, String sheet) {
    Path xlsx = file("plan.xlsx");
    qt().withFixedSeed(SEED).withExamples(20).forAll(plans()).checkAssert(plan -> {
      try {
        try (XlsxWriter w = XlsxWriter.create(labels)) {
          w.plan(plan).write(xlsx);
        }
        try (XlsxWorkbook book = XlsxWorkbook.open(xlsx)) {
          Plan back = PlanSheet.read(book, sheet, PlanTableReader.of("pdz", "Piano", "ambito"));
          assertEquals(plan.budgets(), back.budgets());
          assertEquals(plan.period(), back.period());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void comuniLists_writtenAndReadBack_areEqual_andTheirFormulaTotalsCheck() {
    comuniLists(Labels.ITALIAN);
  }

  @Test
  void comuniLists_ofAnEnglishWorkbook_writtenAndReadBack_areEqual() {
    comuniLists(Labels.ENGLISH);
  }

  private void comuniLists(Labels labels) {
    Path xlsx = file("comuni.xlsx");
    ComuniListReader reader = ComuniListReader.columns(labels.text("code"), labels.text("comune"),
        labels.text("residents"), labels.text("females"), labels.text("males"))
        .withTotalRow(labels.text("comune"), labels.text("total"));
    qt().withFixedSeed(SEED).withExamples(20).forAll(comuni()).checkAssert(comuni -> {
      try {
        Path csv = file("comuni.csv");
        ComuniList list = csvList(comuni, csv);
        try (XlsxWriter w = XlsxWriter.create(labels)) {
          w.comuni("Comuni", list).write(xlsx);
        }
        try (XlsxWorkbook book = XlsxWorkbook.open(xlsx)) {
          ComuniList back = reader.read(book.sheet("Comuni"));
          assertEquals(comuni, back.comuni());
          assertEquals(list.total(), back.publishedTotal().getAsLong());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The list as the CSV reader reads it, from a file written with Jackson-free, quote-doubling CSV. */
  private static ComuniList csvList(List<ComuneResidents> comuni, Path csv) throws IOException {
    StringBuilder b = new StringBuilder("code,name,total,female,male\n");
    for (ComuneResidents c : comuni) {
      b.append(c.code()).append(",\"").append(c.name().replace("\"", "\"\"")).append("\",").append(c.total())
          .append(',').append(c.females()).append(',').append(c.males()).append('\n');
    }
    Files.writeString(csv, b);
    return ComuniListReader.columns("code", "name", "total", "female", "male").read(csv);
  }

  @Test
  void partitions_writtenAndReadBack_areEqual() {
    partitions(Labels.ITALIAN);
  }

  @Test
  void partitions_ofAnEnglishWorkbook_whoseKindsAreInEnglish_writtenAndReadBack_areEqual() {
    partitions(Labels.ENGLISH);
  }

  private void partitions(Labels labels) {
    Path xlsx = file("partition.xlsx");
    PartitionReader reader = PartitionReader.columns(labels.text("code"), labels.text("group"))
        .withNameColumn(labels.text("group_name")).withKindColumn(labels.text("group_kind"));
    qt().withFixedSeed(SEED).withExamples(20).forAll(partitions()).checkAssert(data -> {
      try {
        try (XlsxWriter w = XlsxWriter.create(labels)) {
          w.partition("Ambiti", data).write(xlsx);
        }
        try (XlsxWorkbook book = XlsxWorkbook.open(xlsx)) {
          PartitionData back = reader.read(book.sheet("Ambiti"), "ambiti", null);
          assertEquals(data.partition(), back.partition());
          assertEquals(data.groupings(), back.groupings());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
