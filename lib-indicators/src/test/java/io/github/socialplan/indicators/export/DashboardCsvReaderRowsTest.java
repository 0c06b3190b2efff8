package io.github.socialplan.indicators.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.io.TextInput;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.result.IndicatorValue;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One hand-written cruscotto row, the old-age index of a comune (39,147 residents of 65 and over per 20,037
 * under 15: 195.37 %, shown as 195.4), read as it is and spoiled cell by cell.
 */
class DashboardCsvReaderRowsTest {

  private static final String HEADER = String.join(",", DashboardExport.FIELDS);

  private static String[] row() {
    return new String[] {"2014", "0", "MUNICIPALITY", "019036", "ambito", "old_age_index", "Indice di vecchiaia",
        "per 100", "195.4", "39147", "20037", "100", "", "", "", "", ""};
  }

  private static List<DashboardRecord> read(String text) throws IOException {
    return DashboardCsvReader.read(new StringReader(text), "cruscotto.csv");
  }

  private static List<DashboardRecord> read(String[] cells) throws IOException {
    return read(HEADER + "\n" + String.join(",", cells) + "\n");
  }

  private static String refused(String text) {
    return assertThrows(DataFileException.class, () -> read(text)).getMessage();
  }

  private static String refused(String[] cells) {
    return refused(HEADER + "\n" + String.join(",", cells) + "\n");
  }

  private static Optional<BigDecimal> d(String s) {
    return Optional.of(new BigDecimal(s));
  }

  @Test
  void theRow_readsInEveryField_andGivesItsExactRatio() throws IOException {
    DashboardRecord r = read(row()).get(0);
    assertEquals(new DashboardRecord(2014, 0, TerritoryKind.MUNICIPALITY, "019036", Optional.of("ambito"),
        "old_age_index", "Indice di vecchiaia", "per 100", d("195.4"), d("39147"), d("20037"), d("100"),
        Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty()), r);
    assertEquals(IndicatorValue.ratio(39_147, 20_037, 100, "x"), r.indicatorValue());
  }

  @Test
  void theValue_mayBeEitherRoundingOfTheRatio_butNothingFurther() throws IOException {
    // 3,914,700 / 20,037 = 195.368...: floor 195.3, ceiling 195.4 at one decimal
    String[] c = row();
    c[8] = "195.3";
    assertEquals(d("195.3"), read(c).get(0).value());
    c[8] = "195.2";
    assertTrue(refused(c).startsWith("cruscotto.csv, line 2: column value: contradicts numerator × multiplier"
        + " / denominator = 39147 × 100 / 20037, which rounds to 195.3 or 195.4: '195.2'"), refused(c));
    c[8] = "195.5";
    assertTrue(refused(c).endsWith("which rounds to 195.3 or 195.4: '195.5'"), refused(c));
    c[8] = "195.37";
    assertEquals(d("195.37"), read(c).get(0).value());
  }

  @Test
  void aComputedValue_hasNoRatio_andIsItsRoundedFigure() throws IOException {
    String[] c = row();
    c[9] = "";
    c[10] = "";
    c[11] = "1";
    c[8] = "0.25";
    DashboardRecord r = read(c).get(0);
    assertEquals(Optional.empty(), r.numerator());
    assertEquals(IndicatorValue.computed(0.25), r.indicatorValue());
    // half a ratio, built directly, is a computed value too
    DashboardRecord half = new DashboardRecord(2014, 0, TerritoryKind.MUNICIPALITY, "019036", Optional.empty(),
        "x", "x", "", d("1.5"), d("3"), Optional.empty(), d("1"), Optional.empty(), "", Optional.empty(),
        Optional.empty(), Optional.empty());
    assertEquals(IndicatorValue.computed(1.5), half.indicatorValue());
    DashboardRecord otherHalf = new DashboardRecord(2014, 0, TerritoryKind.MUNICIPALITY, "019036",
        Optional.empty(), "x", "x", "", d("1.5"), Optional.empty(), d("2"), d("1"), Optional.empty(), "",
        Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals(IndicatorValue.computed(1.5), otherHalf.indicatorValue());
    DashboardRecord none = new DashboardRecord(2014, 0, TerritoryKind.MUNICIPALITY, "019036", Optional.empty(),
        "x", "x", "", Optional.empty(), Optional.empty(), Optional.empty(), d("1"), Optional.empty(), "",
        Optional.empty(), Optional.empty(), Optional.empty());
    assertEquals("row 2014 019036 x has neither a value nor an undefined reason",
        assertThrows(IllegalStateException.class, none::indicatorValue).getMessage());
  }

  @Test
  void aComputedValue_roundsAsTheDecimalWritten_notAsItsDouble() throws IOException {
    String[] c = row();
    c[9] = "";
    c[10] = "";
    c[11] = "1";
    c[8] = "12.45"; // its double is 12.4499999999999992894572642398998141288757324218750
    IndicatorValue v = read(c).get(0).indicatorValue();
    assertEquals("12.5", v.format());
    assertEquals(new BigDecimal("12.4"), v.rounded(1, RoundingMode.HALF_DOWN));
    assertEquals(new BigDecimal("12.45"), v.rounded(2, RoundingMode.UNNECESSARY));
    assertEquals(IndicatorValue.computed(12.45), v); // equality by the doubles, as before
  }

  @Test
  void anUndefinedRow_givesItsReasonAndText() throws IOException {
    String[] c = row();
    c[8] = "";
    c[9] = "";
    c[10] = "";
    c[11] = "";
    c[12] = "ZERO_DENOMINATOR";
    c[13] = "zero denominator: residents aged 0-14 is 0";
    assertEquals(IndicatorValue.undefined(UndefinedReason.ZERO_DENOMINATOR, "zero denominator: residents aged 0-14 is 0"),
        read(c).get(0).indicatorValue());
  }

  @Test
  void cellsThatContradictTheRow_areRefused_namingTheColumn() {
    String[] c = row();
    c[13] = "why";
    assertEquals("cruscotto.csv, line 2: column undefined_detail: must be empty without an undefined reason: 'why'",
        refused(c));
    String[] m = row();
    m[11] = "";
    assertEquals("cruscotto.csv, line 2: column multiplier: must not be empty without an undefined reason: ''",
        refused(m));
    String[] n = row();
    n[9] = "";
    assertEquals("cruscotto.csv, line 2: column numerator: must be given with denominator: ''", refused(n));
    String[] k = row();
    k[2] = "COMUNE";
    assertTrue(refused(k).startsWith("cruscotto.csv, line 2: column kind: not a territory kind [NATION, "),
        refused(k));
    assertTrue(refused(k).endsWith(", MUNICIPALITY]: 'COMUNE'"), refused(k));
    String[] y = row();
    y[0] = "2014.0";
    assertEquals("cruscotto.csv, line 2: column year: not a whole number: '2014.0'", refused(y));
    String[] t = row();
    t[3] = "";
    assertEquals("cruscotto.csv, line 2: column territory: must not be empty: ''", refused(t));
    String[] u = row();
    u[8] = "";
    u[12] = "NOT_A_REASON";
    assertTrue(refused(u).startsWith("cruscotto.csv, line 2: column undefined_reason: not an undefined reason"
        + " [ZERO_DENOMINATOR"), refused(u));
  }

  @Test
  void numbers_haveOnlyDigits_theLayoutsDecimal_andALeadingMinus() throws IOException {
    for (String bad : List.of("+5", "1e5", "1,5", "5-", "1 5", "0x10", "٣")) {
      String[] c = row();
      c[14] = "\"" + bad + "\"";
      assertEquals("cruscotto.csv, line 2: column parent_value: not a number with decimal '.': '" + bad + "'",
          refused(c), bad);
    }
    String[] c = row();
    c[14] = "-0.5";
    c[15] = ".5";
    c[16] = "0".repeat(TextInput.MAX_NUMBER_LENGTH - 1) + "7"; // 64 characters: the longest number
    DashboardRecord r = read(c).get(0);
    assertEquals(List.of(d("-0.5"), d("0.5"), d("7")), List.of(r.parentValue(), r.differenceFromParent(),
        r.ratioToParent()));
    c[16] = "0".repeat(TextInput.MAX_NUMBER_LENGTH) + "7";
    assertEquals("cruscotto.csv, line 2: column ratio_to_parent: a number of 65 characters, more than 64: '"
        + "0".repeat(20) + "...'", refused(c));
  }

  @Test
  void theItalianLayout_hasSemicolons_andDecimalCommas() throws IOException {
    String[] c = row();
    c[8] = "195,4";
    c[14] = "190,25";
    String text = String.join(";", DashboardExport.FIELDS) + "\n" + String.join(";", c) + "\n";
    DashboardRecord r = read(text).get(0);
    assertEquals(d("195.4"), r.value());
    assertEquals(d("190.25"), r.parentValue());
    c[14] = "190.25";
    assertEquals("cruscotto.csv, line 2: column parent_value: not a number with decimal ',': '190.25'",
        refused(String.join(";", DashboardExport.FIELDS) + "\n" + String.join(";", c) + "\n"));
  }

  @Test
  void theSeparator_isJudgedByTheHeaderLineAlone() throws IOException {
    // a semicolon in a later line, after a line feed or a bare carriage return, does not make the file Italian
    String[] c = row();
    c[6] = "\"Indice; di vecchiaia\"";
    assertEquals("Indice; di vecchiaia", read(HEADER + "\n" + String.join(",", c) + "\n").get(0).italianName());
    assertEquals("Indice; di vecchiaia", read(HEADER + "\r" + String.join(",", c) + "\r").get(0).italianName());
    assertEquals("Indice; di vecchiaia", read(HEADER + "\r\n" + String.join(",", c) + "\r\n").get(0).italianName());
  }

  @Test
  void aLongFirstLine_isRefusedAsAHeader_shownCutTo200Characters() {
    String two100 = "x".repeat(200);
    assertEquals("cruscotto.csv, line 1: not a cruscotto export header: '" + two100 + "'; expected " + HEADER,
        refused(two100 + "\n"));
    assertEquals("cruscotto.csv, line 1: not a cruscotto export header: '" + "x".repeat(197) + "...'; expected "
        + HEADER, refused(two100 + "y\n"));
    // longer than the look-ahead for the separator
    assertEquals("cruscotto.csv, line 1: not a cruscotto export header: '" + "x".repeat(197) + "...'; expected "
        + HEADER, refused("x".repeat(9_000) + ";\n"));
  }

  @Test
  void rowsOfTheWrongLength_andUnreadableText_areRefused() {
    String[] c = row();
    String eighteen = String.join(",", c) + ",x";
    assertEquals("cruscotto.csv, line 2: 18 cells, expected 17: " + String.join("|", c) + "|x",
        refused(HEADER + "\n" + eighteen + "\n"));
    assertEquals("cruscotto.csv, line 2: more cells than the 17 of the header",
        refused(HEADER + "\n" + eighteen + ",y\n"));
    assertEquals("cruscotto.csv, line 2: cell 18: more than " + TextInput.MAX_CELL_LENGTH + " characters, the"
        + " most a cell may have: '...'", refused(HEADER + "\n" + String.join(",", c) + "," + "7".repeat(20_000)
        + "\n"));
    String unclosed = refused(HEADER + "\n" + String.join(",", c).replace("Indice", "\"Indice") + "\n");
    // the quote opened in line 2 runs to the end: the parser stops after it, in line 3
    assertEquals("cruscotto.csv, line 3: not readable as CSV: Missing closing quote for value", unclosed);
    assertEquals("cruscotto.csv, line 1: empty file, expected the header " + HEADER, refused(""));
  }

  @Test
  void aComparisonWithTheParent_withoutAParent_isRefused_asTheJsonReaderRefusesIt() throws IOException {
    String[] c = row();
    c[14] = "190.1";
    c[15] = "5.3";
    c[16] = "1.028";
    assertEquals(d("190.1"), read(c).get(0).parentValue());
    c[4] = "";
    assertEquals("cruscotto.csv, line 2: column parent_value: must be empty without a parent: '190.1'", refused(c));
    c[14] = "";
    assertEquals("cruscotto.csv, line 2: column difference_from_parent: must be empty without a parent: '5.3'",
        refused(c));
    c[15] = "";
    assertEquals("cruscotto.csv, line 2: column ratio_to_parent: must be empty without a parent: '1.028'",
        refused(c));
  }

  @Test
  void aNegativeLevel_isRefused_asTheJsonReaderAndTheSchemaRefuseIt() throws IOException {
    // level 0 is the comuni, 1 the first partition above them
    String[] c = row();
    c[1] = "-1";
    assertEquals("cruscotto.csv, line 2: column level: must be 0 (comuni) or more: '-1'", refused(c));
    c[1] = "1";
    assertEquals(1, read(c).get(0).level());
  }
}
