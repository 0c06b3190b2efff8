package io.github.socialplan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.service.UserArea;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every check of {@link PlanTableReader} with its exact message, in a CSV file (places are lines) and in a
 * table that names cells as a workbook does ({@code Piano!D3}), so that the column each message points at is
 * checked too.
 */
class PlanTableReaderEdgesTest {

  /** A table read as a sheet: rows from 1, cells named by column letter and row. */
  private static final class Sheet implements TableRows {
    private final List<List<String>> rows = new ArrayList<>();
    private int line;

    Sheet(String... lines) {
      for (String l : lines) {
        rows.add(Arrays.asList(l.split(",", -1)));
      }
    }

    @Override
    public List<String> next() {
      return line < rows.size() ? rows.get(line++) : null;
    }

    @Override
    public String source() {
      return "piano.xlsx";
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public String where(int column) {
      return column < 0 ? "Piano!" + line : "Piano!" + (char) ('A' + column) + line;
    }

    @Override
    public void close() {
    }
  }

  private static String sheetFailure(String... lines) {
    return assertThrows(DataFileException.class, () -> PlanTableReader.of("p", "t", "x").read(new Sheet(lines)))
        .getMessage();
  }

  private static String csvFailure(String body) {
    return assertThrows(DataFileException.class, () -> PlanTableReader.of("p", "t", "x")
        .read(new StringReader("kind,line,2015,2016\n" + body), "bad.csv")).getMessage();
  }

  @Test
  void header_mustBeKindLineAndConsecutiveYears_namingTheCell() {
    assertEquals("piano.xlsx, Piano!1: header must be kind,line,<year>,<year>...: 'kind,line'",
        sheetFailure("kind,line"));
    assertEquals("piano.xlsx, Piano!1: header must be kind,line,<year>,<year>...: 'kinds,line,2015'",
        sheetFailure("kinds,line,2015"));
    assertEquals("piano.xlsx, Piano!1: header must be kind,line,<year>,<year>...: 'kind,lines,2015'",
        sheetFailure("kind,lines,2015"));
    assertEquals("piano.xlsx, Piano!D1: year columns must be consecutive: 2015 then 2017",
        sheetFailure("kind,line,2015,2017"));
    assertEquals("piano.xlsx, Piano!D1: year column 4 is not a year: '20x6'", sheetFailure("kind,line,2015,20x6"));
  }

  @Test
  void rowsOfTheWrongLength_sayWhichYearHasNoValue() {
    assertEquals("bad.csv, line 2: row has 1 values, the header (line 1) has 4: no value for 2015",
        csvFailure("revenue\n"));
    assertEquals("bad.csv, line 2: row has 3 values, the header (line 1) has 4: no value for 2016",
        csvFailure("revenue,A,1\n"));
    assertEquals("bad.csv, line 2: row has 5 values, the header (line 1) has 4: more values than year columns",
        csvFailure("revenue,A,1,2,3\n"));
  }

  @Test
  void blankLabels_andAmountsALineRefuses_nameTheCell() {
    assertEquals("piano.xlsx, Piano!B2: the revenue row has a blank label",
        sheetFailure("kind,line,2015,2016", "revenue, ,1,2"));
    assertEquals("piano.xlsx, Piano!D2: amount of budget line 'A' must not be negative: -5.00",
        sheetFailure("kind,line,2015,2016", "expenditure,A,1,-5"));
    assertEquals("piano.xlsx, Piano!C3: no amount for 2015 (column 3)",
        sheetFailure("kind,line,2015,2016", "revenue,A,1,2", "revenue,B,,2"));
  }

  @Test
  void areaOfUsersMatchingNoLine_isNamed() throws IOException {
    PlanTableReader reader = PlanTableReader.of("p", "t", "x").withUserArea("Minori", UserArea.FAMILY_AND_MINORS);
    DataFileException e = assertThrows(DataFileException.class,
        () -> reader.read(new StringReader("kind,line,2015\nexpenditure,Anziani,10\n"), "bad.csv"));
    assertEquals("bad.csv: the area of users given for 'Minori' matches no expenditure line", e.getMessage());
    Plan plan = reader.read(new StringReader("kind,line,2015\nexpenditure,Minori,10\n"), "ok.csv");
    assertEquals(UserArea.FAMILY_AND_MINORS,
        plan.budgets().get(0).expenditures().get(0).userArea().orElseThrow());
  }
}
