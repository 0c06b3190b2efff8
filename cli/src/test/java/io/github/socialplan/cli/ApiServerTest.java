package io.github.socialplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API over real HTTP on loopback: every endpoint, and each bad request's status and error body. */
class ApiServerTest {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private static ApiServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() {
    server = ApiServer.start("127.0.0.1", 0, ApiServer.DEFAULT_MAX_BODY_BYTES);
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static HttpResponse<String> post(String path, byte[] body) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return post(path, body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * POSTs a body of {@code length} bytes as curl does for a large one (HTTP/1.1, {@code Expect:
   * 100-continue}), on a socket of its own, and returns the error body of the 413 it must get. The body is
   * sent only if the server asks for it: an answer given while a client still sends megabytes races the
   * connection's close, which a busy machine can lose (and the JDK's client waits for ever for a 100 that a
   * final answer replaces).
   */
  private static JsonNode oversized(String path, long length) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + length + "\r\nExpect: 100-continue\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      java.io.DataInputStream in = new java.io.DataInputStream(
          new java.io.BufferedInputStream(socket.getInputStream()));
      String status = line(in);
      String contentType = "";
      int contentLength = -1;
      for (String h = line(in); !h.isEmpty(); h = line(in)) {
        String name = h.substring(0, h.indexOf(':')).trim().toLowerCase(java.util.Locale.ROOT);
        String value = h.substring(h.indexOf(':') + 1).trim();
        contentType = name.equals("content-type") ? value : contentType;
        contentLength = name.equals("content-length") ? Integer.parseInt(value) : contentLength;
      }
      assertTrue(contentLength >= 0, "a Content-Length: " + status);
      byte[] body = new byte[contentLength];
      in.readFully(body);
      return errorBody(Integer.parseInt(status.split(" ")[1]), contentType,
          new String(body, StandardCharsets.UTF_8), 413);
    }
  }

  /** A line of an HTTP head, without its CRLF. */
  private static String line(java.io.DataInputStream in) throws java.io.IOException {
    StringBuilder b = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new java.io.EOFException("the connection closed in the response's head: " + b);
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Checks the status and that the body is the documented error body; returns it. */
  private static JsonNode errorBody(HttpResponse<String> r, int status) throws Exception {
    return errorBody(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), status);
  }

  private static JsonNode errorBody(int actual, String contentType, String text, int status) throws Exception {
    assertEquals(status, actual, text);
    assertTrue(contentType.startsWith("application/json"), contentType);
    JsonNode body = JSON.readTree(text);
    assertTrue(body.has("path") && body.has("problem"), text);
    body.fieldNames().forEachRemaining(f -> assertTrue(
        List.of("path", "problem", "line", "column", "value").contains(f), "unexpected field " + f));
    return body;
  }

  private static final String REQUEST =
      "{\"total\":1000000.00,\"weights\":{\"a\":3,\"b\":2,\"c\":1},\"bounds\":{\"floors\":{\"c\":200000.00}}}";

  @Test
  void health_andOpenApi() throws Exception {
    HttpResponse<String> health = get("/health");
    assertEquals(200, health.statusCode());
    assertEquals("ok", JSON.readTree(health.body()).get("status").asText());
    HttpResponse<String> openApi = get("/openapi.json");
    assertEquals(200, openApi.statusCode());
    assertEquals("3.1.0", JSON.readTree(openApi.body()).get("openapi").asText());
  }

  @Test
  void allocate_addsUpToTheTotal_respectingTheFloor() throws Exception {
    HttpResponse<String> r = post("/v1/allocate", REQUEST);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode doc = JSON.readTree(r.body());
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode l : doc.get("lines")) {
      sum = sum.add(l.get("amount").decimalValue());
    }
    assertEquals(new BigDecimal("1000000.00"), sum);
    assertEquals(new BigDecimal("200000.00"), doc.get("lines").get(2).get("amount").decimalValue());
    assertEquals("FLOOR", doc.get("lines").get(2).get("binding").asText());
  }

  @Test
  void balance_indicators_validate() throws Exception {
    String plan = "{\"id\":\"p\",\"title\":\"t\",\"territory\":\"x\",\"period\":{\"startYear\":2015,\"endYear\":2015},"
        + "\"budgets\":[{\"year\":2015,\"revenues\":[{\"label\":\"FNPS\",\"amount\":10.00}],"
        + "\"expenditures\":[{\"label\":\"Area anziani\",\"amount\":9.00}]}]}";
    // 70841 residents at 3.50 (they keep minors' protection) and 8744 at 3.50 + 1.39, to the cent
    HttpResponse<String> quota = post("/v1/quota", "{\"components\":{\"servizio sociale\":3.50,"
        + "\"tutela minori\":1.39},\"residents\":{\"019036\":70841,\"019098\":8744},"
        + "\"exclusions\":{\"019036\":[\"tutela minori\"]}}");
    assertEquals(200, quota.statusCode(), quota.body());
    BigDecimal expected = new BigDecimal("70841").multiply(new BigDecimal("3.50"))
        .add(new BigDecimal("8744").multiply(new BigDecimal("3.50").add(new BigDecimal("1.39"))));
    assertEquals(0, expected.compareTo(JSON.readTree(quota.body()).get("total").decimalValue()), quota.body());
    errorBody(post("/v1/quota", "{\"components\":{\"a\":-1},\"residents\":{}}"), 400);

    // a cap of the whole gap reaches the per-capita amounts (3:1 of 100,000.00) in the first year
    HttpResponse<String> transition = post("/v1/transition", "{\"historical\":{\"a\":50000.00,\"b\":50000.00},"
        + "\"residents\":{\"a\":3,\"b\":1},\"capShareOfGap\":1,\"firstYear\":2015,\"totals\":[100000.00]}");
    assertEquals(200, transition.statusCode(), transition.body());
    JsonNode lines = JSON.readTree(transition.body()).get("years").get(0).get("lines");
    assertEquals(0, new BigDecimal("75000.00").compareTo(lines.get(0).get("amount").decimalValue()), transition.body());
    assertEquals(0, new BigDecimal("25000.00").compareTo(lines.get(1).get("amount").decimalValue()), transition.body());
    // 30.00 and 70.00 to half and half: 50.00 each, 20.00 moved
    HttpResponse<String> reallocation = post("/v1/reallocate",
        "{\"current\":{\"a\":30.00,\"b\":70.00},\"targets\":{\"a\":0.5}}");
    assertEquals(200, reallocation.statusCode(), reallocation.body());
    JsonNode realloc = JSON.readTree(reallocation.body());
    assertEquals(0, new BigDecimal("50.00").compareTo(realloc.get("lines").get(0).get("amount").decimalValue()));
    assertEquals(0, new BigDecimal("20.00").compareTo(realloc.get("movement").decimalValue()), reallocation.body());
    // linear from 6000 (exempt) to 30000 (400.00): at 18000 half the tariff, 200.00 a unit
    HttpResponse<String> copayment = post("/v1/copayment", "{\"linear\":{\"exemptionThreshold\":6000,"
        + "\"fullTariffThreshold\":30000,\"fullTariff\":400.00},\"users\":[{\"id\":\"u\",\"isee\":18000,\"units\":3}]}");
    assertEquals(200, copayment.statusCode(), copayment.body());
    assertEquals(0, new BigDecimal("600.00").compareTo(JSON.readTree(copayment.body()).get("total").decimalValue()),
        copayment.body());
    errorBody(post("/v1/copayment", "{\"linear\":{\"exemptionThreshold\":6000,\"fullTariffThreshold\":30000,"
        + "\"fullTariff\":400.00},\"users\":[{\"id\":\"u\",\"isee\":-1,\"units\":3}]}"), 400);
    errorBody(post("/v1/reallocate", "{\"current\":{\"a\":-1.00}}"), 400);
    errorBody(post("/v1/transition", "{\"historical\":{\"a\":-1.00},\"residents\":{\"a\":1},"
        + "\"capShareOfGap\":1,\"firstYear\":2015,\"totals\":[1.00]}"), 400);

    HttpResponse<String> balance = post("/v1/balance", plan);
    assertEquals(200, balance.statusCode(), balance.body());
    JsonNode gap = JSON.readTree(balance.body()).get("years").get(0).get("gaps").get(0);
    assertEquals(0, gap.get("difference").decimalValue().compareTo(BigDecimal.ONE), balance.body());

    byte[] posas = Files.readAllBytes(Path.of("data/reference/real/posas-2025-sample.csv"));
    // Padova's province (028) is in Veneto (region 05)
    HttpResponse<String> byRegion = post("/v1/indicators?level=region&format=json&skipIncomplete=true", posas);
    assertEquals(200, byRegion.statusCode(), byRegion.body());
    boolean padovaInVeneto = false;
    for (JsonNode row : JSON.readTree(byRegion.body()).get("rows")) {
      padovaInVeneto |= row.get("territory").asText().equals("province-028")
          && row.path("parent").asText().equals("region-05");
    }
    assertTrue(padovaInVeneto, byRegion.body());
    HttpResponse<String> indicators = post("/v1/indicators?level=province&format=json&skipIncomplete=true", posas);
    assertEquals(200, indicators.statusCode(), indicators.body());
    assertTrue(JSON.readTree(indicators.body()).get("rows").findValuesAsText("territory").contains("province-028"),
        indicators.body());
    errorBody(post("/v1/indicators", posas), 400); // the incomplete comune fails without skipIncomplete

    HttpResponse<String> valid = post("/v1/validate/allocation-request", REQUEST);
    assertEquals("{\"valid\":true,\"type\":\"allocation-request\"}", valid.body().trim());
    assertEquals("$.id", errorBody(post("/v1/validate/plan", "{\"id\":1}"), 400).get("path").asText());
    JsonNode noType = errorBody(post("/v1/validate/no-such-type", "{}"), 404);
    assertEquals("/v1/validate/no-such-type", noType.get("path").asText());
    assertEquals("no-such-type", noType.get("value").asText());
    assertTrue(noType.get("problem").asText().startsWith(
        "no such endpoint: unknown type 'no-such-type'; known: plan, plan-table, population,"), noType.toString());
    errorBody(get("/v1/no-such-endpoint"), 404);
  }

  @Test
  void badRequests_getTheErrorBodyAndStatus() throws Exception {
    JsonNode malformed = errorBody(post("/v1/allocate", "{\"total\":100,"), 400);
    assertTrue(malformed.get("problem").asText().startsWith("malformed JSON"), malformed.toString());

    JsonNode wrongType = errorBody(post("/v1/allocate", "{\"total\":\"lots\",\"weights\":{\"a\":1}}"), 400);
    assertEquals("$.total", wrongType.get("path").asText());
    assertEquals("lots", wrongType.get("value").asText());

    JsonNode missing = errorBody(post("/v1/allocate", "{\"total\":100.00}"), 400);
    assertEquals("missing required field 'weights' of AllocationRequest", missing.get("problem").asText());

    JsonNode unknown = errorBody(post("/v1/allocate", "{\"total\":1,\"weights\":{\"a\":1},\"tip\":5}"), 400);
    assertEquals("$.tip", unknown.get("path").asText());
    assertTrue(unknown.get("problem").asText().startsWith("unknown field 'tip'"), unknown.toString());

    JsonNode cents = errorBody(post("/v1/allocate", "{\"total\":100.001,\"weights\":{\"a\":1}}"), 400);
    assertEquals("$.total", cents.get("path").asText());
    assertEquals("100.001", cents.get("value").asText());

    JsonNode tooLarge = oversized("/v1/allocate", 20 * 1024 * 1024);
    assertTrue(tooLarge.get("problem").asText().contains("larger than"), tooLarge.toString());

    // Refused at its first bracket: an allocation request is an object. The nesting cap itself
    // (SocialPlanJson.MAX_NESTING_DEPTH) is what stops a deep value where any JSON may stand.
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    JsonNode nesting = errorBody(post("/v1/allocate", deep), 400);
    assertEquals("$", nesting.get("path").asText());
    String deepInObject = "{\"total\":1,\"weights\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_001);
    JsonNode nested = errorBody(post("/v1/validate/allocation-request", deepInObject), 400);
    assertTrue(nested.get("problem").asText().contains("expected a number"), nested.toString());

    JsonNode longNumber = errorBody(post("/v1/allocate", "{\"total\":" + "9".repeat(5000) + "}"), 400);
    assertTrue(longNumber.get("problem").asText().contains("Number value length"), longNumber.toString());
  }

  /**
   * A misspelled or unknown query parameter is refused, as the command line refuses an unknown option: read
   * as absent it gave 200 with another table than the one asked for (the comuni for {@code levle=province}).
   */
  @Test
  void unknownRepeatedOrMalformedQueryParameters_areRefused() throws Exception {
    byte[] posas = Files.readAllBytes(Path.of("data/reference/real/posas-2025-sample.csv"));
    JsonNode misspelled = errorBody(post("/v1/indicators?levle=province&format=json&skipIncomplete=true", posas),
        400);
    assertEquals("query", misspelled.get("path").asText());
    assertEquals("levle", misspelled.get("value").asText());
    assertEquals("unknown query parameter 'levle'; known: level, format, skipIncomplete",
        misspelled.get("problem").asText());
    // "yes" and "1" read as false: the incomplete comune then failed the request, or a "TRUE" passed
    JsonNode yes = errorBody(post("/v1/indicators?format=json&skipIncomplete=yes", posas), 400);
    assertEquals("skipIncomplete must be true or false", yes.get("problem").asText());
    assertEquals("yes", yes.get("value").asText());
    JsonNode twice = errorBody(post("/v1/indicators?level=province&level=comune&skipIncomplete=true", posas), 400);
    assertEquals("query parameter 'level' given 2 times", twice.get("problem").asText());
    JsonNode level = errorBody(post("/v1/indicators?level=ambito&skipIncomplete=true", posas), 400);
    assertEquals("query", level.get("path").asText());
    assertEquals("ambito", level.get("value").asText());
    for (String path : new String[] {"/health?x=1", "/openapi.json?version=3.0"}) {
      JsonNode get = errorBody(get(path), 400);
      assertEquals("query", get.get("path").asText(), path);
      assertEquals("unknown query parameter '" + path.substring(path.indexOf('?') + 1, path.indexOf('='))
          + "'; this endpoint takes none", get.get("problem").asText(), path);
    }
    JsonNode none = errorBody(post("/v1/allocate?rounding=DOWN", REQUEST), 400);
    assertEquals("unknown query parameter 'rounding'; this endpoint takes none", none.get("problem").asText());
    HttpResponse<String> upper = post("/v1/indicators?level=PROVINCE&format=JSON&skipIncomplete=TRUE", posas);
    assertEquals(200, upper.statusCode(), upper.body());
  }

  /** The detail of Abbadia Cerreto in the POSAS sample: its rows stop at age 91, line 197, before the footnote. */
  private static final String ABBADIA_DETAIL = "is incomplete: ages 92..100 missing; no 999 total row "
      + "(its rows end at line 197; line 198 is the footnote)";

  /**
   * With skipIncomplete=true the answer names each comune left out: a client could not tell a comune that is
   * not in the table because the file lacks it from one the server skipped.
   */
  @Test
  void indicators_skippingAComune_listItsCodeNameLinesAndProblem() throws Exception {
    // Abano Terme (028001) is whole on lines 4-105; Abbadia Cerreto (098001) has ages 0-91 on lines 106-197
    byte[] posas = Files.readAllBytes(Path.of("data/reference/real/posas-2025-sample.csv"));
    HttpResponse<String> json = post("/v1/indicators?level=comune&format=json&skipIncomplete=true", posas);
    assertEquals(200, json.statusCode(), json.body());
    JsonNode doc = JSON.readTree(json.body());
    List<String> territories = doc.get("rows").findValuesAsText("territory");
    assertTrue(territories.contains("028001") && !territories.contains("098001"), json.body());
    JsonNode skipped = doc.path("skipped");
    assertEquals(1, skipped.size(), json.body());
    JsonNode abbadia = skipped.get(0);
    assertEquals("098001", abbadia.get("code").asText());
    assertEquals("Abbadia Cerreto", abbadia.get("name").asText());
    assertEquals(106, abbadia.get("firstLine").intValue());
    assertEquals(197, abbadia.get("lastLine").intValue());
    List<String> kinds = new java.util.ArrayList<>();
    abbadia.get("kinds").forEach(k -> kinds.add(k.asText()));
    assertEquals(List.of("MISSING_AGES", "MISSING_TOTAL_ROW"), kinds);
    assertEquals(ABBADIA_DETAIL, abbadia.get("detail").asText());
    assertEquals(List.of("code", "name", "firstLine", "lastLine", "kinds", "detail"),
        iterable(abbadia.fieldNames()));
    assertEquals("1", json.headers().firstValue("Socialplan-Skipped-Count").orElse(null));
    assertEquals("098001", json.headers().firstValue("Socialplan-Skipped").orElse(null));

    // the library reads the answer back (validate indicators), skipped comuni and all
    HttpResponse<String> valid = post("/v1/validate/indicators", json.body());
    assertEquals("{\"valid\":true,\"type\":\"indicators\"}", valid.body().trim(), valid.body());

    // the CSV is the cruscotto that readers parse, without the skipped comune: the headers name it
    HttpResponse<String> csv = post("/v1/indicators?level=comune&format=csv&skipIncomplete=true", posas);
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.body().startsWith(String.join(",",
        io.github.socialplan.indicators.export.DashboardExport.FIELDS) + "\n"), csv.body());
    assertTrue(csv.body().contains(",028001,") && !csv.body().contains("098001"), csv.body());
    assertEquals("1", csv.headers().firstValue("Socialplan-Skipped-Count").orElse(null));
    assertEquals("098001", csv.headers().firstValue("Socialplan-Skipped").orElse(null));

    // without skipIncomplete the incomplete comune is the 400 error, as before
    for (String query : new String[] {"?level=comune&format=json&skipIncomplete=false", "?format=csv", ""}) {
      JsonNode error = errorBody(post("/v1/indicators" + query, posas), 400);
      assertTrue(error.get("problem").asText().contains("098001"), error.toString());
    }
  }

  /** A file with nothing to skip: no skipped entries, and a count of 0 that says so. */
  @Test
  void indicators_withNothingToSkip_listNoSkippedComune() throws Exception {
    // the sample's title, header and Abano Terme's 102 rows (lines 2-105), without Abbadia Cerreto
    List<String> lines = Files.readAllLines(Path.of("data/reference/real/posas-2025-sample.csv"),
        StandardCharsets.UTF_8);
    byte[] abano = (String.join("\n", lines.subList(1, 105)) + "\n").getBytes(StandardCharsets.UTF_8);
    for (String format : new String[] {"json", "csv"}) {
      HttpResponse<String> r = post("/v1/indicators?format=" + format + "&skipIncomplete=true", abano);
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("0", r.headers().firstValue("Socialplan-Skipped-Count").orElse(null), format);
      assertTrue(r.headers().firstValue("Socialplan-Skipped").isEmpty(), format);
      if (format.equals("json")) {
        JsonNode doc = JSON.readTree(r.body());
        assertEquals(List.of("rows"), iterable(doc.fieldNames()), r.body());
        assertTrue(doc.get("rows").findValuesAsText("territory").contains("028001"), r.body());
      }
    }
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  /** An endpoint called with another method is there: 405 and "method not allowed", not "no such endpoint". */
  @Test
  void aKnownPathWithAnotherMethod_is405() throws Exception {
    JsonNode get = errorBody(get("/v1/allocate"), 405);
    assertEquals("/v1/allocate", get.get("path").asText());
    assertEquals("method not allowed", get.get("problem").asText());
    assertEquals("method not allowed", errorBody(post("/health", ""), 405).get("problem").asText());
    assertEquals("no such endpoint", errorBody(get("/v1/allocat"), 404).get("problem").asText());
  }

  @Test
  void aPythonClient_usesTheApiWithTheStandardLibrary() throws Exception {
    String script = String.join("\n",
        "import json, sys, urllib.request, urllib.error",
        "base = sys.argv[1]",
        "req = urllib.request.Request(base + '/v1/allocate', data=json.dumps({'total': 100.00,",
        "    'weights': {'019036': 70841, '019098': 8744}}).encode(), headers={'Content-Type': 'application/json'})",
        "doc = json.load(urllib.request.urlopen(req))",
        "print(sum(round(l['amount'] * 100) for l in doc['lines']))",
        "try:",
        "    urllib.request.urlopen(urllib.request.Request(base + '/v1/allocate', data=b'{\"total\": 1}'))",
        "except urllib.error.HTTPError as e:",
        "    print(e.code, json.load(e)['problem'])",
        "");
    Path file = Files.createTempFile("socialplan-client", ".py");
    try {
      Files.writeString(file, script);
      Processes.Result r = Processes.run(List.of("python3", file.toString(), "http://127.0.0.1:" + server.port()),
          null);
      assertEquals(0, r.exitCode(), r.err());
      assertEquals(List.of("10000", "400 missing required field 'weights' of AllocationRequest"),
          r.out().lines().toList());
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
