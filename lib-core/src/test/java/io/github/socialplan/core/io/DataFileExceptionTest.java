package io.github.socialplan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The message of a data file error names the file, then the line or place when known. */
class DataFileExceptionTest {

  @Test
  void line_isNamedOnlyWhenPositive() {
    DataFileException e = new DataFileException("comuni.csv", 12, "bad code");
    assertEquals("comuni.csv, line 12: bad code", e.getMessage());
    assertEquals("comuni.csv", e.source());
    assertEquals(12, e.line());
    assertEquals("comuni.csv: bad code", new DataFileException("comuni.csv", 0, "bad code").getMessage());
  }

  @Test
  void place_isNamedWhenNotEmpty() {
    DataFileException e = new DataFileException("plan.csv", "line 4, column 'amount'", 4, "not money");
    assertEquals("plan.csv, line 4, column 'amount': not money", e.getMessage());
    assertEquals(4, e.line());
    assertEquals("plan.csv: not money", new DataFileException("plan.csv", "", 0, "not money").getMessage());
  }

  @Test
  void spanning_namesOneLineOrTheRange() {
    assertEquals("f.csv, line 9: p", DataFileException.spanning("f.csv", 9, 9, 9, "p").getMessage());
    DataFileException e = DataFileException.spanning("f.csv", 3, 103, 50, "p");
    assertEquals("f.csv, lines 3-103: p", e.getMessage());
    assertEquals(50, e.line());
  }
}
