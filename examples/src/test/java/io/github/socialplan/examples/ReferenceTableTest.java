package io.github.socialplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceTableTest {

  private static ReferenceTable table(Path dir, String text) throws IOException {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return ReferenceTable.read(file);
  }

  @Test
  void read_skipsComments_keepsQuotedCommas(@TempDir Path dir) throws IOException {
    ReferenceTable t = table(dir, "# a comment\nkind,line,2015\nexpenditure,\"Area famiglie, minori\",12.5\n");
    assertEquals(List.of("kind", "line", "2015"), t.header());
    assertEquals("Area famiglie, minori", t.text("expenditure", "line"));
    assertEquals(new BigDecimal("12.5"), t.number("expenditure", "2015"));
    assertEquals("12.50", t.money("expenditure", "2015").toString());
  }

  @Test
  void missingRowColumnOrNumber_areNamedWithTheFile(@TempDir Path dir) throws IOException {
    ReferenceTable t = table(dir, "fact,value\nrate,abc\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.row("density"));
    assertEquals("no row 'density' in column fact of t.csv", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> t.text("rate", "unit"));
    assertEquals("no column 'unit' in t.csv; columns: [fact, value]", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> t.number("rate", "value"));
    assertEquals("not a number in t.csv, row 'rate', column value: 'abc'", e.getMessage());
  }

  @Test
  void moneyWithFractionsOfACent_isRejected(@TempDir Path dir) throws IOException {
    ReferenceTable t = table(dir, "fact,value\nrate,4.891\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.money("rate", "value"));
    assertTrue(e.getMessage().contains("4.891"), e.getMessage());
  }

  /** "250.000" (250 thousand written the Italian way) was read as 250.00 euro, "1e3" as 1000. */
  @Test
  void anItalianThousandsDotOrAnExponent_isRefusedNotReadAsAnotherNumber(@TempDir Path dir) throws IOException {
    ReferenceTable t = table(dir, "fact,value\nfund,250.000\nusers,1e3\nrate,+4.89\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.money("fund", "value"));
    assertEquals("not an amount of money in t.csv, row 'fund', column value: money must have at most 2 decimals"
        + " (cents): 250.000; if the dot separates thousands, write the amount without it", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> t.number("users", "value"));
    assertEquals("not a number in t.csv, row 'users', column value: '1e3'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> t.money("rate", "value"));
    assertTrue(e.getMessage().endsWith("not an amount of money: '+4.89'"), e.getMessage());
  }
}
