package io.github.socialplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.money.Money;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The plan table a command reads: the text as the library's CSV readers take it. */
class PlanTableInputTest {

  private static final String TABLE = "kind,line,2015\nexpenditure,Area anzianità,1200.50\n"
      + "total_expenditure,Totale,1200.50\n";

  @Test
  void aUtf8Table_withAByteOrderMark_isRead() throws IOException {
    byte[] bytes = ("\uFEFF" + TABLE).getBytes(StandardCharsets.UTF_8);
    var budget = Calculations.planTable(new ByteArrayInputStream(bytes), "piano.csv").budget(2015).orElseThrow();
    assertEquals("Area anzianità", budget.expenditures().get(0).label());
    assertEquals(Money.parse("1200.50"), budget.expenditures().get(0).amount());
  }

  /**
   * A table saved as Latin-1 was decoded leniently: 'à' became U+FFFD in the label without a word, where the
   * library's CSV readers refuse such a file naming the line and the byte.
   */
  @Test
  void aLatin1Table_isRefusedNamingTheLineAndTheByte() {
    byte[] bytes = TABLE.getBytes(StandardCharsets.ISO_8859_1);
    DataFileException e = assertThrows(DataFileException.class,
        () -> Calculations.planTable(new ByteArrayInputStream(bytes), "piano.csv"));
    assertEquals("piano.csv, line 2: not valid UTF-8, the encoding expected (a file saved as Latin-1 or"
        + " Windows-1252?): byte 0xE0 at byte offset " + TABLE.indexOf('à'), e.getMessage()); // one byte a char
  }
}
