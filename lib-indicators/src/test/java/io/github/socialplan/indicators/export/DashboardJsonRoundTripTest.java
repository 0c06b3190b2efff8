package io.github.socialplan.indicators.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.io.PosasProblem;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.indicators.json.DashboardDocument;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** The cruscotto's JSON read back: equal rows, the same rows as its CSV, strict checks with JSON paths. */
class DashboardJsonRoundTripTest {

  private static final long SEED = 20_250_101L;

  private static long in(RandomnessSource r, long min, long max) {
    return Generate.longRange(min, max).generate(r);
  }

  private static Optional<BigDecimal> decimal(RandomnessSource r) {
    return in(r, 0, 2) == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(in(r, -10_000_000, 10_000_000), (int) in(r, 0, 6)));
  }

  /**
   * Rows as the JSON allows them: a value or an undefined reason, a value with its multiplier and, for a
   * ratio, rounded from it; an undefined row without figures; parent comparisons only with a parent.
   */
  private static Gen<DashboardRecord> rows() {
    return r -> {
      boolean defined = in(r, 0, 3) > 0;
      boolean ratio = defined && in(r, 0, 1) == 0;
      boolean parent = in(r, 0, 1) == 0;
      Optional<BigDecimal> numerator = ratio ? Optional.of(BigDecimal.valueOf(in(r, 0, 99_999))) : Optional.empty();
      Optional<BigDecimal> denominator = ratio ? Optional.of(BigDecimal.valueOf(in(r, 1, 99_999))) : Optional.empty();
      Optional<BigDecimal> multiplier = !defined ? Optional.empty()
          : Optional.of(ratio ? BigDecimal.valueOf(in(r, 1, 1000)) : BigDecimal.ONE);
      Optional<BigDecimal> value = !defined ? Optional.empty()
          : Optional.of(ratio ? numerator.get().multiply(multiplier.get()).divide(denominator.get(), 1,
              RoundingMode.HALF_UP) : BigDecimal.valueOf(in(r, 0, 9999), 1));
      return new DashboardRecord((int) in(r, 1861, 2030), (int) in(r, 0, 3),
          TerritoryKind.values()[(int) in(r, 0, TerritoryKind.values().length - 1)], "t" + in(r, 0, 999),
          parent ? Optional.of("p" + in(r, 0, 9)) : Optional.empty(), "ind_" + in(r, 0, 9), "indice \"à\" " + in(r, 0, 9),
          "per 100", value, numerator, denominator, multiplier,
          defined ? Optional.empty()
              : Optional.of(UndefinedReason.values()[(int) in(r, 0, UndefinedReason.values().length - 1)]),
          defined ? "" : "no residents aged 0-14 in t" + in(r, 0, 9),
          parent ? decimal(r) : Optional.empty(), parent && defined ? decimal(r) : Optional.empty(),
          parent && defined ? decimal(r) : Optional.empty());
    };
  }

  @Test
  void generatedRows_roundTripEqual() {
    Gen<DashboardDocument> docs = r -> {
      List<DashboardRecord> rows = new ArrayList<>();
      for (long n = in(r, 0, 6); n > 0; n--) {
        rows.add(rows().generate(r));
      }
      return new DashboardDocument(rows);
    };
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(300)).forAll(docs).checkAssert(doc -> {
      String json = SocialPlanJson.write(doc);
      assertEquals(doc, SocialPlanJson.read(json, DashboardDocument.class), json);
    });
  }

  @Test
  void theExportsJson_readsBackAsTheRowsOfItsCsv() throws Exception {
    StringWriter json = new StringWriter();
    DashboardExport.json(DashboardCsvReaderTest.sample(), json, DisplayFormat.DEFAULT);
    StringWriter csv = new StringWriter();
    DashboardExport.csv(DashboardCsvReaderTest.sample(), csv, DisplayFormat.DEFAULT);
    List<DashboardRecord> fromCsv = DashboardCsvReader.read(new StringReader(csv.toString()), "cruscotto.csv");
    DashboardDocument fromJson = SocialPlanJson.read(json.toString(), DashboardDocument.class);
    assertEquals(fromCsv, fromJson.rows());
    assertEquals(SocialPlanJson.read(SocialPlanJson.write(fromJson), DashboardDocument.class), fromJson);
  }

  /** Abbadia Cerreto as the POSAS sample has it: ages 0-91 on lines 106-197, no 999 row. */
  private static final PosasProblem ABBADIA = new PosasProblem(IstatCode.parse("098001"), "Abbadia Cerreto", 106,
      197, Set.of(PosasProblem.Kind.MISSING_AGES, PosasProblem.Kind.MISSING_TOTAL_ROW),
      "is incomplete: ages 92..100 missing; no 999 total row (its rows end at line 197; line 198 is the footnote)");

  @Test
  void theExportsJson_withSkippedComuni_listsThemAfterTheRows_andReadsBackEqual() throws Exception {
    PosasProblem mismatch = new PosasProblem(IstatCode.parse("019036"), "Cremona", 300, 402,
        Set.of(PosasProblem.Kind.TOTALS_MISMATCH), "does not add up: males 0..100 sum to 33,000, the 999 row has 33,001");
    StringWriter json = new StringWriter();
    DashboardExport.json(DashboardCsvReaderTest.sample(), List.of(ABBADIA, mismatch), json, DisplayFormat.DEFAULT);
    String text = json.toString();
    assertTrue(text.indexOf("\"skipped\"") > text.lastIndexOf("\"territory\""), text);
    DashboardDocument read = SocialPlanJson.read(text, DashboardDocument.class);
    assertEquals(List.of(ABBADIA, mismatch), read.skipped());
    StringWriter rowsOnly = new StringWriter();
    DashboardExport.json(DashboardCsvReaderTest.sample(), rowsOnly, DisplayFormat.DEFAULT);
    assertEquals(SocialPlanJson.read(rowsOnly.toString(), DashboardDocument.class).rows(), read.rows());
    // the library writes the document as the export does, skipped comuni included
    assertEquals(read, SocialPlanJson.read(SocialPlanJson.write(read), DashboardDocument.class));
    assertTrue(SocialPlanJson.write(read).endsWith(",\"skipped\":[" + SocialPlanJson.write(ABBADIA) + ","
        + SocialPlanJson.write(mismatch) + "]}"), SocialPlanJson.write(read));
  }

  @Test
  void theExportsJson_withNothingSkipped_hasNoSkippedField() throws Exception {
    StringWriter json = new StringWriter();
    DashboardExport.json(DashboardCsvReaderTest.sample(), List.of(), json, DisplayFormat.DEFAULT);
    StringWriter rowsOnly = new StringWriter();
    DashboardExport.json(DashboardCsvReaderTest.sample(), rowsOnly, DisplayFormat.DEFAULT);
    assertEquals(rowsOnly.toString(), json.toString());
    assertTrue(!json.toString().contains("skipped") && json.toString().startsWith("{\n  \"rows\" : ["),
        json.toString());
    DashboardDocument read = SocialPlanJson.read(json.toString(), DashboardDocument.class);
    assertEquals(List.of(), read.skipped());
    assertTrue(!SocialPlanJson.write(read).contains("skipped"), SocialPlanJson.write(read));
  }

  @Test
  void aSkippedComuneWithAnotherField_orWithoutOne_andAnUnknownTopField_areRejectedNamingThePath() {
    String abbadia = SocialPlanJson.write(ABBADIA);
    refused("{\"rows\":[],\"skipped\":[" + abbadia.replace("}", ",\"population\":4}") + "]}",
        "$.skipped[0].population", "unknown field 'population' of PosasProblem; known: [code, detail, firstLine, "
            + "kinds, lastLine, name]");
    refused("{\"rows\":[],\"skipped\":[" + abbadia.replace("\"name\":\"Abbadia Cerreto\",", "") + "]}",
        "$.skipped[0].name", "missing required field 'name'");
    JsonInputException top = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(
        "{\"rows\":[],\"skipped\":[],\"comuniLeftOut\":[]}", DashboardDocument.class));
    assertEquals("$.comuniLeftOut", top.path());
  }

  @Test
  void aRowWithBothAValueAndAReason_orAMissingField_isRejectedNamingThePath() {
    String both = "{\"rows\":[{\"year\":2025,\"level\":0,\"kind\":\"MUNICIPALITY\",\"territory\":\"028001\","
        + "\"indicator\":\"old_age_index\",\"italianName\":\"indice di vecchiaia\",\"unit\":\"per 100\","
        + "\"value\":1.0,\"undefinedReason\":\"ZERO_DENOMINATOR\",\"undefinedDetail\":\"x\"}]}";
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(both, DashboardDocument.class));
    assertEquals("$.rows[0].undefinedReason", e.path());
    String missing = both.replace("\"unit\":\"per 100\",", "").replace(",\"undefinedReason\":\"ZERO_DENOMINATOR\","
        + "\"undefinedDetail\":\"x\"", "");
    JsonInputException m = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(missing, DashboardDocument.class));
    assertEquals("$.rows[0].unit", m.path());
    assertEquals("missing required field 'unit' of a cruscotto row", m.problem());
  }

  /** A row of the old-age index with its ratio and its district, and the fields given to change it. */
  private static String row(String more) {
    return "{\"rows\":[{\"year\":2014,\"level\":0,\"kind\":\"MUNICIPALITY\",\"territory\":\"019036\","
        + "\"indicator\":\"old_age_index\",\"italianName\":\"indice di vecchiaia\",\"unit\":\"per 100\""
        + more + "}]}";
  }

  private static void refused(String json, String path, String problem) {
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read(json, DashboardDocument.class), json);
    assertEquals(path, e.path(), json);
    assertEquals(problem, e.problem(), json);
  }

  @Test
  void eachRuleOfARow_isCheckedOnItsField() throws Exception {
    String ratio = ",\"value\":195.4,\"numerator\":39147,\"denominator\":20037,\"multiplier\":100";
    DashboardRecord r = SocialPlanJson.read(row(ratio + ",\"parent\":\"ambito\",\"parentValue\":190.1,"
        + "\"differenceFromParent\":5.3,\"ratioToParent\":1.028"), DashboardDocument.class).rows().get(0);
    assertEquals(Optional.of(new BigDecimal("1.028")), r.ratioToParent());
    assertEquals(Optional.of(new BigDecimal("20037")), r.denominator());
    refused(row(""), "$.rows[0].value", "a row has either a value or an undefinedReason");
    refused(row(",\"value\":1,\"undefinedDetail\":\"why\""), "$.rows[0].undefinedDetail",
        "undefinedDetail without an undefinedReason");
    refused(row(",\"undefinedReason\":\"NO_DATA\""), "$.rows[0].undefinedDetail",
        "missing required field 'undefinedDetail' of a cruscotto row");
    refused(row(",\"value\":1,\"numerator\":1"), "$.rows[0].denominator",
        "numerator and denominator come together");
    refused(row(",\"value\":1,\"denominator\":1"), "$.rows[0].numerator",
        "numerator and denominator come together");
    for (String field : List.of("parentValue", "differenceFromParent", "ratioToParent")) {
      refused(row(ratio + ",\"" + field + "\":1"), "$.rows[0]." + field, field + " without a parent");
    }
    DashboardRecord undefined = SocialPlanJson.read(row(",\"undefinedReason\":\"NO_DATA\",\"undefinedDetail\":"
        + "\"nothing\""), DashboardDocument.class).rows().get(0);
    assertEquals("nothing", undefined.undefinedDetail());
  }

  @Test
  void aNegativeLevel_isRefusedOnItsField_asTheSchemaDoes() {
    // level 0 is the comuni, 1 the first partition above them: the schema says minimum 0
    refused(row(",\"value\":1").replace("\"level\":0", "\"level\":-1"), "$.rows[0].level",
        "level must be 0 (comuni) or more: -1");
  }

  @Test
  void aRatioWithoutItsMultiplier_isRefused_notReadAsTimesOne() {
    // 39147 / 20037 × 100 = 195.37...: read without its multiplier the row would be worth 1.954
    refused(row(",\"value\":195.4,\"numerator\":39147,\"denominator\":20037"), "$.rows[0].multiplier",
        "a row with a value needs its multiplier");
  }

  @Test
  void aValueThatContradictsItsRatio_isRefused_asTheCsvReaderRefusesIt() {
    // 39147 × 100 / 20037 = 195.3735...: 195.3 or 195.4 at one decimal, 195 or 196 whole
    refused(row(",\"value\":12.3,\"numerator\":39147,\"denominator\":20037,\"multiplier\":100"),
        "$.rows[0].value", "the value 12.3 contradicts numerator × multiplier / denominator = 39147 × 100 / 20037,"
            + " which rounds to 195.3 or 195.4");
    refused(row(",\"value\":2,\"numerator\":39147,\"denominator\":20037,\"multiplier\":100"),
        "$.rows[0].value", "the value 2 contradicts numerator × multiplier / denominator = 39147 × 100 / 20037,"
            + " which rounds to 195 or 196");
    refused(row(",\"value\":0.0,\"numerator\":5,\"denominator\":0,\"multiplier\":100"),
        "$.rows[0].denominator", "the denominator is zero but the value is not undefined");
  }

  @Test
  void valuesAtEveryScaleOfTheExport_stillReadBack() throws Exception {
    // 348.28 shown as 350 at tens, 348 whole, 348.3 at one decimal: each agrees with its ratio
    for (String value : List.of("350", "348", "348.3", "348.28", "300")) {
      DashboardRecord r = SocialPlanJson.read(row(",\"value\":" + value + ",\"numerator\":34828,"
          + "\"denominator\":100,\"multiplier\":1"), DashboardDocument.class).rows().get(0);
      assertEquals(Optional.of(new BigDecimal(value)), r.value());
    }
    // 3.2 shown as 0 at tens
    DashboardRecord zero = SocialPlanJson.read(row(",\"value\":0,\"numerator\":32,\"denominator\":10,"
        + "\"multiplier\":1"), DashboardDocument.class).rows().get(0);
    assertEquals(Optional.of(BigDecimal.ZERO), zero.value());
  }

  @Test
  void anUndefinedRowWithFigures_isRefused_asTheCsvReaderRefusesIt() {
    String undefined = ",\"undefinedReason\":\"ZERO_DENOMINATOR\",\"undefinedDetail\":\"no residents aged 0-14\"";
    for (String field : List.of("numerator", "denominator", "multiplier")) {
      refused(row(undefined + ",\"" + field + "\":100"), "$.rows[0]." + field,
          field + " in a row whose value is undefined (ZERO_DENOMINATOR)");
    }
    for (String field : List.of("differenceFromParent", "ratioToParent")) {
      refused(row(undefined + ",\"parent\":\"ambito\",\"" + field + "\":1"), "$.rows[0]." + field,
          field + " in a row whose value is undefined (ZERO_DENOMINATOR)");
    }
  }

  @Test
  void theExportsJson_atEveryScaleAndRounding_readsBackAsItsCsv() throws Exception {
    // the checks of a row's value against its ratio accept whatever scale and rounding the export used
    for (int scale : new int[] {DisplayFormat.MIN_SCALE, -2, -1, 0, 1, 3, DisplayFormat.MAX_SCALE}) {
      for (RoundingMode mode : RoundingMode.values()) {
        if (mode == RoundingMode.UNNECESSARY) {
          continue;
        }
        DisplayFormat f = DisplayFormat.of(scale, mode);
        StringWriter json = new StringWriter();
        DashboardExport.json(DashboardCsvReaderTest.sample(), json, f);
        StringWriter csv = new StringWriter();
        DashboardExport.csv(DashboardCsvReaderTest.sample(), csv, f);
        assertEquals(DashboardCsvReader.read(new StringReader(csv.toString()), "cruscotto.csv"),
            SocialPlanJson.read(json.toString(), DashboardDocument.class).rows(), f.toString());
      }
    }
  }
}
