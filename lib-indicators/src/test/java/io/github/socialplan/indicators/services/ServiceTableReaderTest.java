package io.github.socialplan.indicators.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.service.Services;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service and spending table read from CSV: columns by name, separators, comments, bad rows. */
class ServiceTableReaderTest {

  @TempDir
  Path dir;

  private static final ServiceTableReader READER =
      ServiceTableReader.columns("territorio", "servizio", "utenti", "spesa", "compartecipazione");

  @Test
  void semicolonFile_withCommentsAndOtherColumns_readsItsFigures() throws IOException {
    Path csv = dir.resolve("servizi.csv");
    Files.writeString(csv, "# servizi 2012\nnote;territorio;servizio;utenti;spesa;compartecipazione\n"
        + "x;019036;SAD;120;150000.50;20000\n;019036;ADM;40;80000;0\n;Totale;;160;230000.50;20000\n");
    ServiceTable t = READER.withSeparator(';').withTotalRow("Totale").read(csv);
    assertEquals(new ServiceFigures(120, Money.parse("150000.50"), Money.ofEuros(20_000)),
        t.figures("019036", Services.byId("SAD")).orElseThrow());
    assertEquals(new ServiceFigures(40, Money.ofEuros(80_000), Money.ZERO),
        t.figures("019036", Services.byId("ADM")).orElseThrow());
  }

  @Test
  void usersPastTheLargestCount_areRefused_notWrapped() throws IOException {
    Path csv = dir.resolve("troppi.csv");
    Files.writeString(csv, "territorio,servizio,utenti,spesa,compartecipazione\n"
        + "A,SAD,999999999999999999,1,0\nA,ADM,999999999999999999,1,0\nA,RSA,999999999999999999,1,0\n"
        + "A,CDI,999999999999999999,1,0\nA,SADH,999999999999999999,1,0\nA,CDD,999999999999999999,1,0\n"
        + "A,CSE,999999999999999999,1,0\nA,RSD,999999999999999999,1,0\nA,NIDO,999999999999999999,1,0\n"
        + "A,ADI,999999999999999999,1,0\n");
    DataFileException e = assertThrows(DataFileException.class, () -> READER.read(csv));
    assertEquals(true, e.getMessage().contains("past " + Long.MAX_VALUE), e.getMessage());
  }

  @Test
  void aNegativeAmount_namesTheLine() throws IOException {
    Path csv = dir.resolve("negativo.csv");
    Files.writeString(csv, "territorio,servizio,utenti,spesa,compartecipazione\nA,SAD,1,-5.00,0\n");
    DataFileException e = assertThrows(DataFileException.class, () -> READER.read(csv));
    assertEquals(true, e.getMessage().contains("line 2") && e.getMessage().contains("'spesa' is negative: -5.00"),
        e.getMessage());
  }

  private static final String HEADER = "territorio,servizio,utenti,spesa,compartecipazione\n";

  private ServiceTableReader reader() {
    return ServiceTableReader.columns("territorio", "servizio", "utenti", "spesa", "compartecipazione");
  }

  /** Reads {@code text} as a file and returns the message of the exception it must cause. */
  private String refused(ServiceTableReader r, String text) throws IOException {
    Path csv = dir.resolve("servizi.csv");
    Files.writeString(csv, text);
    return assertThrows(DataFileException.class, () -> r.read(csv)).getMessage()
        .replace(csv.toString(), "servizi.csv");
  }

  private ServiceTable read(ServiceTableReader r, String text) throws IOException {
    Path csv = dir.resolve("servizi.csv");
    Files.writeString(csv, text);
    return r.read(csv);
  }

  @Test
  void aTotalRow_thatDisagreesWithTheRows_isRefused_column_byColumn() throws IOException {
    ServiceTableReader r = reader().withTotalRow("Totale");
    String rows = HEADER + "A,SAD,120,150000.50,20000\nB,SAD,40,80000,0.25\n";
    assertEquals("servizi.csv, line 4: the total row says 161 but the 2 rows add up to 160",
        refused(r, rows + "Totale,,161,230000.50,20000.25\n"));
    assertEquals("servizi.csv, line 4: the total row says 230000.49 but the 2 rows add up to 230000.50",
        refused(r, rows + "Totale,,160,230000.49,20000.25\n"));
    assertEquals("servizi.csv, line 4: the total row says 20000 but the 2 rows add up to 20000.25",
        refused(r, rows + "Totale,,160,230000.50,20000\n"));
    assertEquals("servizi.csv, line 4: total row: '160 users' is not a number",
        refused(r, rows + "Totale,,160 users,230000.50,20000.25\n"));
    // equal as numbers, written otherwise; an empty cell is not checked
    ServiceTable t = read(r, rows + " totale ,,160.0,230000.5,\n");
    assertEquals(2, t.territories().size());
    assertEquals(new ServiceFigures(40, Money.ofEuros(80_000), Money.parse("0.25")),
        t.figures("B", Services.byId("SAD")).orElseThrow());
  }

  @Test
  void theTotalRow_mustBeThere_once_andLast() throws IOException {
    ServiceTableReader r = reader().withTotalRow(" Totale ");
    String rows = HEADER + "A,SAD,1,1,0\n";
    assertEquals("servizi.csv: no total row: no row with 'Totale' in column 'territorio'",
        refused(r, rows));
    assertEquals("servizi.csv, line 4: a second total row ('Totale')",
        refused(r, rows + "Totale,,1,1,0\nTOTALE,,1,1,0\n"));
    assertEquals("servizi.csv, line 4: a row after the total row: [B, SAD, 1, 1, 0]",
        refused(r, rows + "Totale,,1,1,0\nB,SAD,1,1,0\n"));
    // without withTotalRow, a territory called Totale is a territory like any other
    assertEquals(List.of("A", "Totale"), List.copyOf(read(reader(), rows + "Totale,SAD,1,1,0\n").territories()));
    assertEquals("the total row's label is blank",
        assertThrows(IllegalArgumentException.class, () -> reader().withTotalRow(" \t")).getMessage());
  }

  /**
   * Two years side by side under one name ({@code utenti} for 2012 and for 2013): the first was read without
   * a word, whichever year it held, as the comuni and partition readers once did.
   */
  @Test
  void aColumnNamedTwiceInTheHeader_isRefusedNamingBoth() throws IOException {
    assertEquals("servizi.csv, line 1: column 'utenti' appears twice in the header [territorio, servizio, utenti,"
        + " spesa, compartecipazione, utenti] (columns 3 and 6)",
        refused(reader(), "territorio,servizio,utenti,spesa,compartecipazione,utenti\nA,SAD,10,1,0,12\n"));
  }

  @Test
  void badRows_areRefused_namingTheLine_andTheValue() throws IOException {
    ServiceTableReader r = reader();
    assertEquals("servizi.csv: empty file: no header naming the columns", refused(r, "# only a comment\n"));
    assertEquals("servizi.csv, line 1: no column 'compartecipazione' in the header [territorio, servizio,"
        + " utenti, spesa]", refused(r, "territorio,servizio,utenti,spesa\nA,SAD,1,1\n"));
    assertEquals("servizi.csv, line 1: no service rows after the header", refused(r, HEADER));
    assertEquals("servizi.csv, line 2: expected 5 fields as in the header, found 4: [A, SAD, 1, 1]",
        refused(r, HEADER + "A,SAD,1,1\n"));
    // 7,446,008 written without quotes: read as it stands, spending 7.00 and co-payment 446.00
    assertEquals("servizi.csv, line 2: expected 5 fields as in the header, found 7: [Cremona, SAD, 1991, 7, 446,"
        + " 008, 854]", refused(r, HEADER + "Cremona,SAD,1991,7,446,008,854\n"));
    assertEquals("servizi.csv, line 3: 'territorio' is empty", refused(r, HEADER + "A,SAD,1,1,0\n ,SAD,1,1,0\n"));
    String unknown = refused(r, HEADER + "A,XYZ,1,1,0\n");
    assertTrue(unknown.startsWith("servizi.csv, line 2: A: 'servizio' is 'XYZ', not a known service id; known: ["),
        unknown);
    assertTrue(unknown.contains("SAD"), unknown);
    assertEquals("servizi.csv, line 3: service SAD has figures twice in A, first at line 2",
        refused(r, HEADER + "A,SAD,1,1,0\nA, SAD ,2,2,0\n"));
    assertEquals("servizi.csv, line 2: A, SAD: 'utenti' is empty", refused(r, HEADER + "A,SAD, ,1,0\n"));
    assertEquals("servizi.csv, line 2: A, SAD: 'utenti' is negative: -3", refused(r, HEADER + "A,SAD,-3,1,0\n"));
    assertEquals("servizi.csv, line 2: A, SAD: 'utenti' is not a whole number: '-'", refused(r, HEADER + "A,SAD,-,1,0\n"));
    assertEquals("servizi.csv, line 2: A, SAD: 'utenti' is not a whole number: '-3.5'",
        refused(r, HEADER + "A,SAD,-3.5,1,0\n"));
    assertEquals("servizi.csv, line 2: A, SAD: 'utenti' is not a whole number: '1.5'",
        refused(r, HEADER + "A,SAD,1.5,1,0\n"));
    assertEquals("servizi.csv, line 2: A, SAD: 'utenti' is not a whole number: '1/2'",
        refused(r, HEADER + "A,SAD,1/2,1,0\n"));
    assertEquals("servizi.csv, line 2: A, SAD: 'utenti' is not a whole number: '1:2'",
        refused(r, HEADER + "A,SAD,1:2,1,0\n"));
    // 19 digits: more than a count of users can be, refused before it could overflow
    assertEquals("servizi.csv, line 2: A, SAD: 'utenti' is not a whole number: '1000000000000000000'",
        refused(r, HEADER + "A,SAD,1000000000000000000,1,0\n"));
    assertEquals("servizi.csv, line 2: A, SAD: 'compartecipazione' is empty", refused(r, HEADER + "A,SAD,1,1,\n"));
  }

  @Test
  void users_addingUpToExactlyTheLargestCount_areAccepted() throws IOException {
    // nine rows of 10^18 - 1 and one of the rest: the sum is exactly Long.MAX_VALUE
    StringBuilder text = new StringBuilder(HEADER);
    String[] ids = {"SAD", "ADM", "RSA", "CDI", "SADH", "CDD", "CSE", "RSD", "NIDO"};
    long sum = 0;
    for (String id : ids) {
      text.append("A,").append(id).append(",999999999999999999,1,0\n");
      sum += 999_999_999_999_999_999L;
    }
    long rest = Long.MAX_VALUE - sum;
    assertEquals(223_372_036_854_775_816L, rest);
    text.append("A,ADI,").append(rest).append(",1,0\n");
    ServiceTable t = read(reader(), text.toString());
    assertEquals(rest, t.figures("A", Services.byId("ADI")).orElseThrow().users());
  }

  @Test
  void columns_areFoundAnywhereInTheHeader_andNamedInToString() throws IOException {
    ServiceTableReader r = ServiceTableReader.columns("t", "s", "u", "m", "c");
    ServiceTable t = read(r, "x,c,m,u,s,t\n-,0.50,7,3,SAD,A\n");
    assertEquals(new ServiceFigures(3, Money.ofEuros(7), Money.parse("0.50")),
        t.figures("A", Services.byId("SAD")).orElseThrow());
    assertEquals("ServiceTableReader[t, s, u, m, c]", r.toString());
    assertEquals("ServiceTableReader[t, s, u, m, c, total row 'Totale']", r.withTotalRow("Totale ").toString());
    assertEquals("ServiceTableReader[t, s, u, m, c, total row 'Totale']",
        r.withTotalRow("Totale").withSeparator(';').toString());
  }
}
