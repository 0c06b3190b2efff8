package io.github.socialplan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.territory.TerritoryKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV readers against the inputs an audit found harmful: a megabyte of digits in one cell, bytes that
 * are not UTF-8, a byte order mark. Each test failed before the readers bounded cells and decoded strictly.
 */
class HostileCsvInputTest {

  private static final String PLAN_HEADER = "kind,line,2015,2016\n";
  private static final String MEGABYTE_OF_DIGITS = "9".repeat(1 << 20);
  private static final PlanTableReader PLAN = PlanTableReader.of("p", "t", "x");
  private static final ComuniListReader COMUNI = ComuniListReader.columns("code", "name", "total", "f", "m");
  private static final PartitionReader PARTITION = PartitionReader.columns("comune", "group");

  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The text with the Latin-1 byte of 'è' (0xE8), not valid UTF-8, in place of {@code @}. */
  private static byte[] latin1At(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : utf8(text)) {
      out.write(b == '@' ? 0xE8 : b);
    }
    return out.toByteArray();
  }

  private static byte[] withBom(String text) {
    byte[] t = utf8(text);
    byte[] b = new byte[t.length + 3];
    b[0] = (byte) 0xEF;
    b[1] = (byte) 0xBB;
    b[2] = (byte) 0xBF;
    System.arraycopy(t, 0, b, 3, t.length);
    return b;
  }

  // Fault 1: a megabyte digit cell was parsed (quadratic in its length) before being judged.

  @Test
  void planTable_megabyteDigitCell_isRejectedNamingFileLineAndColumn() throws IOException {
    Path f = file("plan.csv", utf8(PLAN_HEADER + "revenue,FNPS,1," + MEGABYTE_OF_DIGITS + "\n"));
    DataFileException e = assertThrows(DataFileException.class, () -> PLAN.read(f));
    assertEquals(f.toString(), e.source());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith(f + ", line 2: column 4 ('2016') has more than the "
        + TextInput.MAX_CELL_LENGTH), e.getMessage());
  }

  @Test
  void planTable_amountLongerThanMoneyAllows_isRejectedBeforeParsing() {
    String amount = "1" + "0".repeat(Money_MAX);
    DataFileException e = assertThrows(DataFileException.class,
        () -> PLAN.read(new StringReader(PLAN_HEADER + "revenue,FNPS," + amount + ",1\n"), "plan.csv"));
    assertTrue(e.getMessage().startsWith("plan.csv, line 2: year 2015: not an amount of money: "
        + (Money_MAX + 1) + " characters"), e.getMessage());
    assertTrue(e.getMessage().endsWith("(column 3)"), e.getMessage());
  }

  private static final int Money_MAX = io.github.socialplan.core.money.Money.MAX_TEXT_LENGTH;

  @Test
  void comuniListAndPartition_megabyteCell_isRejectedNamingTheColumn() {
    String comuni = "code,name,total,f,m\n019036,Cremona," + MEGABYTE_OF_DIGITS + ",1,1\n";
    DataFileException e = assertThrows(DataFileException.class,
        () -> COMUNI.read(new ByteArrayInputStream(utf8(comuni)), "comuni.csv"));
    assertTrue(e.getMessage().startsWith("comuni.csv, line 2: column 3 ('total') has more than the 10000 characters"),
        e.getMessage());
    String partition = "comune,group\n019036," + MEGABYTE_OF_DIGITS + "\n";
    e = assertThrows(DataFileException.class, () -> PARTITION.read(new ByteArrayInputStream(utf8(partition)),
        "ambiti.csv", "ambiti", TerritoryKind.PLANNING_DISTRICT));
    assertTrue(e.getMessage().startsWith("ambiti.csv, line 2: column 2 ('group') has more than the 10000 characters"),
        e.getMessage());
  }

  @Test
  void rowOfTooManyCells_isRejected() {
    String partition = "comune,group\n019036,a" + ",".repeat(TextInput.MAX_CELLS) + "\n";
    DataFileException e = assertThrows(DataFileException.class, () -> PARTITION.read(
        new ByteArrayInputStream(utf8(partition)), "ambiti.csv", "ambiti", TerritoryKind.PLANNING_DISTRICT));
    assertEquals("ambiti.csv, line 2: more than " + TextInput.MAX_CELLS + " cells in a row", e.getMessage());
  }

  // Fault 5: bytes that are not UTF-8 gave a bare CharConversionException or MalformedInputException.

  @Test
  void notUtf8_isADataFileException_namingFileLineAndEncoding() throws IOException {
    Path plan = file("plan.csv", latin1At(PLAN_HEADER + "revenue,FNPS,1,2\nexpenditure,Attivit@,1,2\n"));
    assertNotUtf8(plan, 3, assertThrows(DataFileException.class, () -> PLAN.read(plan)));

    Path comuni = file("comuni.csv", latin1At("code,name,total,f,m\n019036,Cremona,2,1,1\n019001,Acquanegra,2,1,1\n"
        + "019002,Annicco,2,1,1\n019003,Azzanello,2,1,1\n019004,Bagnolo,2,1,1\n019005,Bonemerse,2,1,1\n"
        + "019006,Bordolano,2,1,1\n019007,Cappella,2,1,1\n019008,Pi@,2,1,1\n"));
    assertNotUtf8(comuni, 10, assertThrows(DataFileException.class, () -> COMUNI.read(comuni)));

    Path partition = file("ambiti.csv", latin1At("comune,group\r\n019036,a\r\n019037,Citt@\r\n"));
    assertNotUtf8(partition, 3, assertThrows(DataFileException.class,
        () -> PARTITION.read(partition, "ambiti", TerritoryKind.PLANNING_DISTRICT)));
  }

  @Test
  void notUtf8_afterTheFirstBuffer_isFoundOnItsLine() throws IOException {
    StringBuilder text = new StringBuilder(PLAN_HEADER);
    for (int i = 0; i < 2_000; i++) {
      text.append("revenue,line ").append(i).append(" à,1,2\n");
    }
    text.append("expenditure,@,1,2\n");
    Path plan = file("long.csv", latin1At(text.toString()));
    assertNotUtf8(plan, 2_002, assertThrows(DataFileException.class, () -> PLAN.read(plan)));
  }

  private static void assertNotUtf8(Path file, int line, DataFileException e) {
    assertEquals(file.toString(), e.source());
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().startsWith(file + ", line " + line + ": not valid UTF-8, the encoding expected"),
        e.getMessage());
    assertTrue(e.getMessage().contains("byte 0xE8"), e.getMessage());
  }

  // Fault 6: the plan-table reader took a byte order mark for part of the header.

  @Test
  void byteOrderMark_isSkipped_byEveryCsvReader() throws IOException {
    String table = PLAN_HEADER + "revenue,FNPS,100,200\n";
    Plan fromFile = PLAN.read(file("bom.csv", withBom(table)));
    Plan fromText = PLAN.read(new StringReader("\uFEFF" + table), "bom.csv");
    Plan plain = PLAN.read(new StringReader(table), "plain.csv");
    assertEquals(plain, fromFile);
    assertEquals(plain, fromText);
    assertEquals("200.00", plain.budget(2016).orElseThrow().revenueTotal().toString());

    assertEquals(2, COMUNI.read(file("c.csv", withBom("code,name,total,f,m\n019036,Cremona,2,1,1\n")))
        .comuni().get(0).total());
    assertEquals(1, PARTITION.read(file("p.csv", withBom("comune,group\n019036,a\n")), "ambiti",
        TerritoryKind.PLANNING_DISTRICT).partition().groupIds().size());
  }
}
