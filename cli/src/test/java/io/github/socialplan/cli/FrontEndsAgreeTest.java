package io.github.socialplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.copayment.CopaymentSchedule;
import io.github.socialplan.budget.copayment.LinearCopayment;
import io.github.socialplan.budget.copayment.StepCopayment;
import io.github.socialplan.budget.quota.QuotaCapitaria;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.core.io.PosasData;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.PropertyRuns;
import io.github.socialplan.indicators.dashboard.DashboardRow;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

/**
 * The same generated request through the three front-ends that answer it: the library called in Java (its
 * builders, no JSON), the command line (run in this JVM, its standard output captured) and the HTTP API on
 * loopback; every figure compared as an exact decimal, and the co-payments also against the formula of the
 * linear schedule computed here.
 */
class FrontEndsAgreeTest {

  private static final long SEED = 20_261_201L;
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  private static final RoundingMode[] ROUNDINGS = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
      RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};

  private static ApiServer server;
  private static HttpClient client;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    server = ApiServer.start("127.0.0.1", 0, ApiServer.DEFAULT_MAX_BODY_BYTES);
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode http(String path, byte[] body) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + path)).timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body().startsWith("{") || r.body().startsWith("[") ? JSON.readTree(r.body()) : JSON.valueToTree(r.body());
  }

  /** Runs the command line in this JVM on a file and returns what it printed. */
  private String cli(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    synchronized (FrontEndsAgreeTest.class) {
      try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
        System.setOut(capture);
        int code = SocialPlanCli.execute(args);
        assertEquals(SocialPlanCli.OK, code, String.join(" ", args));
      } finally {
        System.setOut(old);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private JsonNode cliJson(String command, String request) throws Exception {
    Path file = Files.writeString(dir.resolve(command + ".json"), request);
    return JSON.readTree(cli(command, file.toString()));
  }

  private static String money(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  private static void assertSameDecimal(BigDecimal expected, JsonNode actual, String what) {
    assertTrue(actual != null && actual.isNumber(), what + ": " + actual);
    assertEquals(0, expected.compareTo(actual.decimalValue()),
        what + ": expected " + expected.toPlainString() + " but was " + actual.decimalValue().toPlainString());
    assertEquals(2, actual.decimalValue().scale(), what + " has two decimals: " + actual);
  }

  @Test
  void allocation_javaCliAndHttp_giveTheSameAmounts() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(12)).forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          try {
            allocation(seed);
          } catch (Exception e) {
            throw new AssertionError("seed " + seed, e);
          }
        });
  }

  private void allocation(long seed) throws Exception {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(8);
    long totalCents = r.nextInt(3) == 0 ? r.nextInt(1000) : r.nextInt(Integer.MAX_VALUE) * 10L;
    boolean decimalWeights = r.nextBoolean();
    Weights.Builder w = Weights.builder();
    Bounds.Builder b = Bounds.builder();
    StringBuilder weights = new StringBuilder();
    StringBuilder floors = new StringBuilder();
    StringBuilder ceilings = new StringBuilder();
    long floorSum = 0;
    for (int i = 0; i < n; i++) {
      String id = String.format("0190%02d", i + 1);
      BigDecimal weight = decimalWeights ? BigDecimal.valueOf(1 + r.nextInt(1_000_000), r.nextInt(4))
          : BigDecimal.valueOf(r.nextInt(5) == 0 ? 0 : r.nextInt(100_000));
      if (i == 0 && weight.signum() == 0) {
        weight = BigDecimal.ONE;
      }
      w.add(id, weight);
      weights.append(i == 0 ? "" : ",").append('"').append(id).append("\":").append(weight.toPlainString());
      if (r.nextInt(4) == 0 && floorSum < totalCents) {
        long f = r.nextInt((int) Math.min(Integer.MAX_VALUE, totalCents / n + 1));
        floorSum += f;
        b.floor(id, Money.of(BigDecimal.valueOf(f, 2)));
        floors.append(floors.length() == 0 ? "" : ",").append('"').append(id).append("\":").append(money(f));
      } else if (i > 0 && r.nextInt(4) == 0) {
        long c = r.nextInt((int) Math.min(Integer.MAX_VALUE, totalCents + 1));
        b.ceiling(id, Money.of(BigDecimal.valueOf(c, 2)));
        ceilings.append(ceilings.length() == 0 ? "" : ",").append('"').append(id).append("\":").append(money(c));
      }
    }
    Money total = Money.of(BigDecimal.valueOf(totalCents, 2));
    Allocation java = LargestRemainder.allocate(total, w.build(), b.build());
    String request = "{\"total\":" + money(totalCents) + ",\"weights\":{" + weights + "},\"bounds\":{\"floors\":{"
        + floors + "},\"ceilings\":{" + ceilings + "}}}";
    JsonNode viaHttp = http("/v1/allocate", request.getBytes(StandardCharsets.UTF_8));
    JsonNode viaCli = cliJson("allocate", request);
    for (JsonNode out : List.of(viaHttp, viaCli)) {
      assertSameDecimal(total.amount(), out.get("total"), "total of " + request);
      assertEquals(n, out.get("lines").size(), request);
      for (JsonNode line : out.get("lines")) {
        String id = line.get("recipient").asText();
        assertSameDecimal(java.amount(id).amount(), line.get("amount"), id + " of " + request);
      }
    }
  }

  /** The linear fee by the formula of the schedule: m up to E, T from F, m + (T - m)(ISEE - E)/(F - E). */
  private static BigDecimal linearFee(BigDecimal e, BigDecimal f, BigDecimal m, BigDecimal t, RoundingMode rounding,
      BigDecimal isee) {
    if (isee.compareTo(e) <= 0) {
      return m.setScale(2);
    }
    if (isee.compareTo(f) >= 0) {
      return t.setScale(2);
    }
    // m is whole cents and the fraction is >= 0, so rounding m + q is m + q rounded; divide rounds exactly
    return m.setScale(2).add(t.subtract(m).multiply(isee.subtract(e)).divide(f.subtract(e), 2, rounding));
  }

  @Test
  void copayments_javaCliAndHttp_giveTheSameFees_andTheLinearFormula() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(12)).forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          try {
            copayments(seed);
          } catch (Exception e) {
            throw new AssertionError("seed " + seed, e);
          }
        });
  }

  private void copayments(long seed) throws Exception {
    Random r = new Random(seed);
    RoundingMode rounding = ROUNDINGS[r.nextInt(ROUNDINGS.length)];
    boolean linear = r.nextBoolean();
    CopaymentSchedule java;
    String schedule;
    BigDecimal e = BigDecimal.valueOf(r.nextInt(1_000_000), 2);
    BigDecimal f = e.add(BigDecimal.valueOf(1 + r.nextInt(4_000_000), 2));
    BigDecimal t = BigDecimal.valueOf(r.nextInt(100_000), 2);
    BigDecimal m = BigDecimal.valueOf(r.nextInt(t.unscaledValue().intValue() + 1), 2);
    if (linear) {
      java = LinearCopayment.builder().exemptionThreshold(e).fullTariffThreshold(f).minimumFee(Money.of(m))
          .fullTariff(Money.of(t)).rounding(rounding).build();
      schedule = "\"linear\":{\"exemptionThreshold\":" + e.toPlainString() + ",\"fullTariffThreshold\":"
          + f.toPlainString() + ",\"minimumFee\":" + m.toPlainString() + ",\"fullTariff\":" + t.toPlainString()
          + ",\"rounding\":\"" + rounding + "\"}";
    } else {
      StepCopayment.Builder sb = StepCopayment.builder().fullTariff(Money.of(t)).rounding(rounding);
      StringBuilder bands = new StringBuilder();
      BigDecimal from = BigDecimal.ZERO;
      BigDecimal percent = BigDecimal.ZERO;
      int k = 1 + r.nextInt(5);
      for (int i = 0; i < k; i++) {
        percent = percent.add(BigDecimal.valueOf(r.nextInt(2000), 2)).min(BigDecimal.valueOf(100));
        sb.bandPercent(from, percent);
        bands.append(i == 0 ? "" : ",").append("{\"fromIsee\":").append(from.toPlainString())
            .append(",\"percentOfTariff\":").append(percent.toPlainString()).append('}');
        from = from.add(BigDecimal.valueOf(1 + r.nextInt(1_000_000), 2));
      }
      java = sb.build();
      schedule = "\"steps\":{\"fullTariff\":" + t.toPlainString() + ",\"rounding\":\"" + rounding
          + "\",\"bands\":[" + bands + "]}";
    }
    int users = 1 + r.nextInt(20);
    List<BigDecimal> isees = new ArrayList<>();
    List<Integer> units = new ArrayList<>();
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < users; i++) {
      BigDecimal isee = r.nextInt(6) == 0 ? (r.nextBoolean() ? e : f) : BigDecimal.valueOf(r.nextInt(6_000_000), 2);
      int u = r.nextInt(13);
      isees.add(isee);
      units.add(u);
      list.append(i == 0 ? "" : ",").append("{\"id\":\"u").append(i).append("\",\"isee\":")
          .append(isee.toPlainString()).append(",\"units\":").append(u).append('}');
    }
    String request = "{" + schedule + ",\"users\":[" + list + "]}";
    JsonNode viaHttp = http("/v1/copayment", request.getBytes(StandardCharsets.UTF_8));
    JsonNode viaCli = cliJson("copayment", request);
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < users; i++) {
      BigDecimal fee = java.copayment(isees.get(i)).amount();
      if (linear) {
        assertEquals(0, linearFee(e, f, m, t, rounding, isees.get(i)).compareTo(fee),
            "the linear formula at ISEE " + isees.get(i) + " of " + request);
      }
      sum = sum.add(fee.multiply(BigDecimal.valueOf(units.get(i))));
      for (JsonNode out : List.of(viaHttp, viaCli)) {
        JsonNode line = out.get("lines").get(i);
        assertEquals("u" + i, line.get("id").asText());
        assertSameDecimal(fee, line.get("fee"), "fee of u" + i + " in " + request);
        assertSameDecimal(fee.multiply(BigDecimal.valueOf(units.get(i))), line.get("amount"),
            "amount of u" + i + " in " + request);
      }
    }
    assertSameDecimal(sum, viaHttp.get("total"), "HTTP total of " + request);
    assertSameDecimal(sum, viaCli.get("total"), "CLI total of " + request);
  }

  @Test
  void quota_javaCliAndHttp_giveTheSameCharges() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(12)).forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          try {
            quota(seed);
          } catch (Exception e) {
            throw new AssertionError("seed " + seed, e);
          }
        });
  }

  private void quota(long seed) throws Exception {
    Random r = new Random(seed);
    RoundingMode rounding = ROUNDINGS[r.nextInt(ROUNDINGS.length)];
    int k = 1 + r.nextInt(3);
    QuotaCapitaria.Builder q = QuotaCapitaria.builder().rounding(rounding);
    StringBuilder components = new StringBuilder();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      BigDecimal rate = BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(4));
      names.add("c" + i);
      q.component("c" + i, rate);
      components.append(i == 0 ? "" : ",").append("\"c").append(i).append("\":").append(rate.toPlainString());
    }
    Map<String, Long> residents = new LinkedHashMap<>();
    Map<String, Set<String>> exclusions = new HashMap<>();
    StringBuilder res = new StringBuilder();
    StringBuilder exc = new StringBuilder();
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      String id = String.format("0190%02d", i + 1);
      long count = r.nextInt(200_000);
      residents.put(id, count);
      res.append(i == 0 ? "" : ",").append('"').append(id).append("\":").append(count);
      if (r.nextInt(3) == 0) {
        String ex = names.get(r.nextInt(k));
        exclusions.put(id, Set.of(ex));
        exc.append(exc.length() == 0 ? "" : ",").append('"').append(id).append("\":[\"").append(ex).append("\"]");
      }
    }
    QuotaCharge java = q.build().charge(residents, exclusions);
    String request = "{\"components\":{" + components + "},\"rounding\":\"" + rounding + "\",\"residents\":{"
        + res + "},\"exclusions\":{" + exc + "}}";
    JsonNode viaHttp = http("/v1/quota", request.getBytes(StandardCharsets.UTF_8));
    JsonNode viaCli = cliJson("quota", request);
    for (JsonNode out : List.of(viaHttp, viaCli)) {
      assertSameDecimal(java.total().amount(), out.get("total"), "total of " + request);
      for (JsonNode line : out.get("lines")) {
        String id = line.get("comune").asText();
        BigDecimal rate = BigDecimal.ZERO;
        for (String c : names) {
          if (!exclusions.getOrDefault(id, Set.of()).contains(c)) {
            rate = rate.add(q.build().components().get(c));
          }
        }
        // residents x rate, rounded once to the cent
        BigDecimal expected = rate.multiply(BigDecimal.valueOf(residents.get(id))).setScale(2, rounding);
        assertSameDecimal(expected, line.get("amount"), id + " of " + request);
        assertEquals(0, rate.compareTo(line.get("rate").decimalValue()), "rate of " + id + " in " + request);
      }
    }
  }

  private static final String[][] COMUNI = {{"001001", "Agliè"}, {"001002", "Airasca"}, {"001003", "Ala di Stura"},
      {"019001", "Acquanegra Cremonese"}, {"019002", "Agnadello"}, {"019003", "Annicco"},
      {"098001", "Abbadia Cerreto"}};

  /**
   * Every comune of the province of Trieste in 2025, always in the file: a province whose comuni are all
   * there has a value, one with some of them missing has none, so the sum of parts is checked on this one.
   */
  private static final String[][] TRIESTE = {{"032001", "Duino Aurisina-Devin Nabrežina"},
      {"032002", "Monrupino-Repentabor"}, {"032003", "Muggia"}, {"032004", "San Dorligo della Valle-Dolina"},
      {"032005", "Sgonico-Zgonik"}, {"032006", "Trieste"}};

  /** A POSAS file of 2025 in ISTAT's layout: {@link #TRIESTE} and some of {@link #COMUNI}, counts from the seed. */
  private static String posas(Random r) {
    StringBuilder f = new StringBuilder("\"Popolazione residente per età e sesso al 1° gennaio 2025\"\n"
        + "\"Codice comune\";\"Comune\";\"Età\";\"Totale maschi\";\"Totale femmine\";\"Totale\"\n");
    List<String[]> comuni = new ArrayList<>(List.of(TRIESTE));
    for (String[] c : COMUNI) {
      if (r.nextInt(4) != 0) {
        comuni.add(c);
      }
    }
    for (String[] c : comuni) {
      int max = r.nextInt(3) == 0 ? 3 : 300; // sparse counts leave some bands empty
      long m = 0;
      long w = 0;
      for (int age = 0; age <= 100; age++) {
        int males = r.nextInt(max);
        int females = r.nextInt(max);
        m += males;
        w += females;
        f.append('"').append(c[0]).append("\";\"").append(c[1]).append("\";").append(age).append(';')
            .append(males).append(';').append(females).append(';').append(males + females).append('\n');
      }
      f.append('"').append(c[0]).append("\";\"").append(c[1]).append("\";999;").append(m).append(';').append(w)
          .append(';').append(m + w).append('\n');
    }
    return f.append("\"Nota: lo stato civile è in corso di validazione.\"\n").toString();
  }

  @Test
  void indicatorsOfGeneratedPosasFiles_httpCliAndJava_agreeRowByRow_andGroupsAreSumsOfTheirParts() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(6)).forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          try {
            indicators(seed);
          } catch (Exception e) {
            throw new AssertionError("seed " + seed, e);
          }
        });
  }

  private void indicators(long seed) throws Exception {
    String text = posas(new Random(seed));
    Path posas = Files.writeString(dir.resolve("posas.csv"), text);
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    PosasData data = Calculations.posas(new java.io.ByteArrayInputStream(body), "posas.csv", false);
    for (Calculations.Level level : List.of(Calculations.Level.COMUNE, Calculations.Level.PROVINCE,
        Calculations.Level.REGION)) {
      DashboardTable table = Calculations.dashboard(data, level, null);
      String name = level.name().toLowerCase(java.util.Locale.ROOT);
      JsonNode viaHttp = http("/v1/indicators?level=" + name, body);
      JsonNode viaCli = JSON.readTree(cli("indicators", posas.toString(), "--level", name, "--format", "json"));
      List<DashboardRow> rows = table.rows();
      for (JsonNode out : List.of(viaHttp, viaCli)) {
        assertEquals(rows.size(), out.get("rows").size(), name);
        // numerator and denominator of each defined ratio, by level, territory and indicator
        Map<String, BigDecimal[]> parts = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        Set<String> undefined = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
          DashboardRow row = rows.get(i);
          JsonNode o = out.get("rows").get(i);
          String key = name + " " + row.level() + " " + row.territory() + " " + row.indicator().id();
          assertEquals(row.territory(), o.get("territory").asText(), key);
          assertEquals(row.indicator().id(), o.get("indicator").asText(), key);
          assertEquals(row.parent().orElse(null), o.has("parent") ? o.get("parent").asText() : null, key);
          IndicatorValue v = row.value();
          String id = row.level() + "|" + row.territory() + "|" + row.indicator().id();
          row.parent().ifPresent(p -> children.computeIfAbsent((row.level() + 1) + "|" + p + "|"
              + row.indicator().id(), k -> new ArrayList<>()).add(id));
          if (v.isDefined()) {
            assertEquals(0, v.rounded().compareTo(o.get("value").decimalValue()), key);
            if (v.isRatio()) {
              BigDecimal n = o.get("numerator").decimalValue();
              BigDecimal d = o.get("denominator").decimalValue();
              assertEquals(0, v.numerator().orElseThrow().compareTo(n), key);
              assertEquals(0, v.denominator().orElseThrow().compareTo(d), key);
              assertEquals(0, v.rounded().compareTo(n.multiply(o.get("multiplier").decimalValue())
                  .divide(d, 1, RoundingMode.HALF_UP)), key);
              parts.put(id, new BigDecimal[] {n, d});
            }
          } else {
            assertEquals(v.reason().orElseThrow().name(), o.get("undefinedReason").asText(), key);
            undefined.add(id);
          }
        }
        // a province's or a region's ratio is the ratio of the sums of its parts' numerators and denominators
        int checked = 0;
        for (Map.Entry<String, List<String>> e : children.entrySet()) {
          BigDecimal[] whole = parts.get(e.getKey());
          if (whole == null || e.getValue().stream().anyMatch(c -> !parts.containsKey(c))) {
            continue;
          }
          BigDecimal n = BigDecimal.ZERO;
          BigDecimal d = BigDecimal.ZERO;
          for (String c : e.getValue()) {
            n = n.add(parts.get(c)[0]);
            d = d.add(parts.get(c)[1]);
          }
          assertEquals(0, whole[0].multiply(d).compareTo(n.multiply(whole[1])),
              e.getKey() + ": " + whole[0] + "/" + whole[1] + " is not the sum of its parts " + n + "/" + d);
          checked++;
        }
        assertTrue(level == Calculations.Level.COMUNE || checked > 0, name);
      }
    }
  }

  /** A number as the report writes it (Italian: 1.234,5; English: 1,234.5), as a decimal. */
  private static BigDecimal reportNumber(String text, boolean italian) {
    String t = text.replaceAll("<sup>.*", "").trim();
    t = italian ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
    return new BigDecimal(t.replace('\u2212', '-'));
  }

  @Test
  void htmlReportOfGeneratedPosasFiles_showsTheCruscottosFigures() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(4)).forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          try {
            report(seed);
          } catch (Exception e) {
            throw new AssertionError("seed " + seed, e);
          }
        });
  }

  private void report(long seed) throws Exception {
    Random r = new Random(seed);
    String text = posas(r);
    Path posas = Files.writeString(dir.resolve("posas-report.csv"), text);
    PosasData data = Calculations.posas(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "posas.csv", false);
    for (Calculations.Level level : List.of(Calculations.Level.COMUNE, Calculations.Level.PROVINCE)) {
      boolean italian = r.nextBoolean();
      DashboardTable table = Calculations.dashboard(data, level, null);
      String name = level.name().toLowerCase(java.util.Locale.ROOT);
      org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(cli("report", "cruscotto", posas.toString(),
          "--level", name, "--language", italian ? "it" : "en"));
      int compared = 0;
      for (org.jsoup.nodes.Element section : html.select("section")) {
        org.jsoup.nodes.Element t = section.selectFirst("table");
        String territory = t.select("thead th").get(1).text();
        List<DashboardRow> rows = new ArrayList<>();
        table.indicators().forEach(i -> table.row(2025, level.ordinal(), territory, i.id()).ifPresent(rows::add));
        org.jsoup.select.Elements trs = t.select("tbody tr");
        assertEquals(rows.size(), trs.size(), territory);
        for (int i = 0; i < rows.size(); i++) {
          DashboardRow row = rows.get(i);
          org.jsoup.select.Elements td = trs.get(i).select("td");
          String key = name + " " + territory + " " + row.indicator().id() + " (seed " + seed + ")";
          List<java.util.Optional<IndicatorValue>> values = new ArrayList<>(List.of(java.util.Optional.of(row.value())));
          if (row.parent().isPresent()) {
            values.add(row.parentValue());
            values.add(row.differenceFromParent());
          }
          for (int c = 0; c < values.size(); c++) {
            IndicatorValue v = values.get(c).orElseThrow();
            String cell = td.get(1 + c).ownText();
            if (v.isDefined()) {
              assertEquals(v.rounded(), reportNumber(cell, italian), key + " column " + (1 + c) + ": " + cell);
            } else {
              assertEquals("n.d.", cell.trim(), key + " column " + (1 + c));
            }
            compared++;
          }
        }
      }
      assertTrue(compared > 0, name);
    }
  }

  @Test
  void transitionAndReallocation_javaCliAndHttp_giveTheSameAmounts() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(10)).forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          try {
            transitionAndReallocation(seed);
          } catch (Exception e) {
            throw new AssertionError("seed " + seed, e);
          }
        });
  }

  private void transitionAndReallocation(long seed) throws Exception {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(5);
    Map<String, Money> historical = new LinkedHashMap<>();
    Weights.Builder w = Weights.builder();
    StringBuilder hist = new StringBuilder();
    StringBuilder res = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String id = String.format("0190%02d", i + 1);
      long cents = (i == 0 ? 1 : 0) + r.nextInt(50_000_000);
      long residents = 1 + r.nextInt(100_000);
      historical.put(id, Money.ofCents(cents));
      w.add(id, residents);
      hist.append(i == 0 ? "" : ",").append('"').append(id).append("\":").append(money(cents));
      res.append(i == 0 ? "" : ",").append('"').append(id).append("\":").append(residents);
    }
    BigDecimal capPercent = BigDecimal.valueOf(r.nextInt(3000), 2);
    List<Money> totals = new ArrayList<>();
    StringBuilder tot = new StringBuilder();
    for (int y = 0, years = 1 + r.nextInt(4); y < years; y++) {
      long cents = 1 + r.nextInt(Integer.MAX_VALUE);
      totals.add(Money.ofCents(cents));
      tot.append(y == 0 ? "" : ",").append(money(cents));
    }
    var java = io.github.socialplan.budget.transition.Transition.path(historical, w.build(),
        io.github.socialplan.budget.transition.TransitionCap.percentOfHistorical(capPercent), 2015, totals);
    String request = "{\"historical\":{" + hist + "},\"residents\":{" + res + "},\"capPercentOfHistorical\":"
        + capPercent.toPlainString() + ",\"firstYear\":2015,\"totals\":[" + tot + "]}";
    for (JsonNode out : List.of(http("/v1/transition", request.getBytes(StandardCharsets.UTF_8)),
        cliJson("transition", request))) {
      assertEquals(java.years().size(), out.get("years").size(), request);
      for (int y = 0; y < java.years().size(); y++) {
        var year = java.years().get(y);
        JsonNode o = out.get("years").get(y);
        assertEquals(year.year(), o.get("year").asInt());
        assertSameDecimal(totals.get(y).amount(), o.get("total"), "total " + year.year() + " of " + request);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < year.lines().size(); i++) {
          var line = year.lines().get(i);
          JsonNode l = o.get("lines").get(i);
          assertEquals(line.recipient(), l.get("recipient").asText());
          assertSameDecimal(line.amount().amount(), l.get("amount"), line.recipient() + " " + year.year());
          assertSameDecimal(line.target().amount(), l.get("target"), line.recipient() + " " + year.year());
          sum = sum.add(l.get("amount").decimalValue());
        }
        // the year's amounts keep its total exactly
        assertEquals(0, sum.compareTo(totals.get(y).amount()), "sum of " + year.year() + " in " + request);
      }
    }

    // reallocation of the historical amounts to target shares
    var b = io.github.socialplan.budget.reallocation.Reallocation.builder();
    historical.forEach(b::current);
    StringBuilder targets = new StringBuilder();
    BigDecimal left = BigDecimal.ONE;
    for (String id : historical.keySet()) {
      if (!id.equals("019001") && r.nextBoolean()) { // the first item, without a target, takes the rest
        BigDecimal share = BigDecimal.valueOf(r.nextInt(left.movePointRight(2).intValue() + 1), 2);
        left = left.subtract(share);
        b.target(id, share);
        targets.append(targets.length() == 0 ? "" : ",").append('"').append(id).append("\":")
            .append(share.toPlainString());
      }
    }
    var realloc = b.build();
    String reallocation = "{\"current\":{" + hist + "},\"targets\":{" + targets + "}}";
    for (JsonNode out : List.of(http("/v1/reallocate", reallocation.getBytes(StandardCharsets.UTF_8)),
        cliJson("reallocate", reallocation))) {
      assertSameDecimal(realloc.total().amount(), out.get("total"), reallocation);
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < realloc.lines().size(); i++) {
        var line = realloc.lines().get(i);
        JsonNode l = out.get("lines").get(i);
        assertEquals(line.item(), l.get("item").asText());
        assertSameDecimal(line.amount().amount(), l.get("amount"), line.item() + " of " + reallocation);
        sum = sum.add(l.get("amount").decimalValue());
      }
      assertEquals(0, sum.compareTo(realloc.total().amount()), reallocation);
    }
  }

  @Test
  void balanceOfGeneratedPlans_javaCliAndHttp_giveTheSameSumsAndGaps() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(15))
        .forAll(io.github.socialplan.core.testing.Generators.plans())
        .checkAssert(plan -> {
          try {
            balance(plan);
          } catch (Exception e) {
            throw new AssertionError(plan.id(), e);
          }
        });
  }

  private void balance(io.github.socialplan.core.plan.Plan plan) throws Exception {
    String json = io.github.socialplan.core.json.SocialPlanJson.write(plan);
    var java = io.github.socialplan.budget.balance.PlanBalance.of(plan);
    for (JsonNode out : List.of(http("/v1/balance", json.getBytes(StandardCharsets.UTF_8)), cliJson("balance", json))) {
      assertEquals(java.isBalanced(), out.get("balanced").asBoolean(), json);
      assertEquals(plan.budgets().size(), out.get("years").size(), json);
      for (int y = 0; y < plan.budgets().size(); y++) {
        var budget = plan.budgets().get(y);
        JsonNode o = out.get("years").get(y);
        assertEquals(budget.year(), o.get("year").asInt());
        // the sums of the lines, added here
        BigDecimal revenue = BigDecimal.ZERO;
        for (var l : budget.revenues()) {
          revenue = revenue.add(l.amount().amount());
        }
        BigDecimal expenditure = BigDecimal.ZERO;
        for (var l : budget.expenditures()) {
          expenditure = expenditure.add(l.amount().amount());
        }
        assertSameDecimal(revenue, o.get("revenueLines"), "revenue lines of " + budget.year());
        assertSameDecimal(expenditure, o.get("expenditureLines"), "expenditure lines of " + budget.year());
        var year = java.year(budget.year());
        assertEquals(year.gaps().size(), o.get("gaps").size(), json);
        for (int g = 0; g < year.gaps().size(); g++) {
          var gap = year.gaps().get(g);
          JsonNode og = o.get("gaps").get(g);
          assertEquals(gap.kind().name(), og.get("kind").asText());
          assertSameDecimal(gap.first().amount().subtract(gap.second().amount()), og.get("difference"),
              gap.message());
          assertSameDecimal(gap.first().amount(), og.get("first"), gap.message());
          assertSameDecimal(gap.second().amount(), og.get("second"), gap.message());
        }
      }
    }
  }
}
