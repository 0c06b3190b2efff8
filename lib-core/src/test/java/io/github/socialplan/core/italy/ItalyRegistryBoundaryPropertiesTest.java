package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.core.testing.ReferenceTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Look-ups on the days around the ends of ANPR's periods (the day before a period starts, its first day,
 * its last day, the day after), checked against a plain scan of the archive's rows read here: a period's
 * dates are both inclusive, as the archive's consecutive periods show (Abbadia Cerreto ends on 15 April 1992
 * in Milano and starts on 16 April 1992 in Lodi).
 */
class ItalyRegistryBoundaryPropertiesTest {

  private static final long SEED = 19_920_416L;
  private static final ItalyRegistry ITALY = ItalyRegistry.embedded();
  private static final List<Map<String, String>> ROWS =
      ReferenceTable.read("real/anpr-archivio-comuni.csv").rows();
  private static final Map<String, List<Map<String, String>>> BY_CODE = index("CODISTAT");
  private static final Map<String, List<Map<String, String>>> BY_CADASTRAL = index("CODCATASTALE");
  private static final LocalDate FIRST = LocalDate.of(1861, 3, 17);

  private static Map<String, List<Map<String, String>>> index(String column) {
    Map<String, List<Map<String, String>>> m = new HashMap<>();
    for (Map<String, String> r : ROWS) {
      m.computeIfAbsent(r.get(column), k -> new ArrayList<>()).add(r);
    }
    return m;
  }

  private static boolean validOn(Map<String, String> row, LocalDate d) {
    return !d.isBefore(LocalDate.parse(row.get("DATAISTITUZIONE")))
        && !d.isAfter(LocalDate.parse(row.get("DATACESSAZIONE")));
  }

  /** A row of the archive and one of the days around its ends, or a day inside it. */
  private static Gen<Object[]> rowAndDay() {
    return SourceDSL.integers().between(0, ROWS.size() - 1).zip(SourceDSL.integers().between(0, 4), (i, k) -> {
      Map<String, String> r = ROWS.get(i);
      LocalDate from = LocalDate.parse(r.get("DATAISTITUZIONE"));
      LocalDate to = LocalDate.parse(r.get("DATACESSAZIONE"));
      LocalDate d = switch (k) {
        case 0 -> from.minusDays(1);
        case 1 -> from;
        case 2 -> to;
        case 3 -> to.plusDays(1);
        default -> from.plusDays((to.toEpochDay() - from.toEpochDay()) / 2);
      };
      return new Object[] {r, d.isBefore(FIRST) ? FIRST : d};
    });
  }

  @SuppressWarnings("unchecked")
  @Test
  void aCodeOnADayAroundAPeriodsEnds_isTheRowValidThatDay() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(3_000)).forAll(rowAndDay()).checkAssert(x -> {
      Map<String, String> row = (Map<String, String>) x[0];
      LocalDate day = (LocalDate) x[1];
      List<Map<String, String>> valid = BY_CODE.get(row.get("CODISTAT")).stream().filter(r -> validOn(r, day))
          .toList();
      Optional<ComunePeriod> found = ITALY.find(IstatCode.parse(row.get("CODISTAT")), day);
      assertEquals(valid.size() == 1 ? Optional.of(valid.get(0).get("DENOMINAZIONE_IT")) : Optional.empty(),
          found.map(ComunePeriod::name), () -> row + " on " + day);
      assertEquals(valid.stream().map(r -> r.get("SIGLAPROVINCIA")).findFirst(),
          found.map(ComunePeriod::provinceAbbreviation), () -> row + " on " + day);
    });
  }

  @SuppressWarnings("unchecked")
  @Test
  void aPeriodFollowedToADayAroundItsEnds_isItselfOrTheOneRowOfItsCadastralCodeThatDay() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(3_000)).forAll(rowAndDay()).checkAssert(x -> {
      Map<String, String> row = (Map<String, String>) x[0];
      LocalDate day = (LocalDate) x[1];
      LocalDate start = LocalDate.parse(row.get("DATAISTITUZIONE"));
      ComunePeriod period = ITALY.comune(IstatCode.parse(row.get("CODISTAT")), start);
      Optional<ComunePeriod> followed = ITALY.follow(period, day);
      if (validOn(row, day)) {
        assertEquals(Optional.of(period), followed, () -> row + " on " + day);
        return;
      }
      String cadastral = row.get("CODCATASTALE");
      List<Map<String, String>> same = cadastral.equals(ItalyRegistry.NO_CADASTRAL_CODE) ? List.of()
          : BY_CADASTRAL.get(cadastral).stream().filter(r -> validOn(r, day)).toList();
      if (same.size() <= 1) {
        assertEquals(same.stream().map(r -> r.get("CODISTAT") + " " + r.get("DENOMINAZIONE_IT")).findFirst(),
            followed.map(p -> p.code() + " " + p.name()), () -> row + " on " + day);
      }
    });
  }
}
