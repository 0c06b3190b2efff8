package io.github.socialplan.cli;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.core.io.PosasData;
import io.github.socialplan.core.io.PosasProblem;
import io.github.socialplan.core.json.ErrorBody;
import io.github.socialplan.core.json.SocialPlanJson;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * socialplan's HTTP API (<i>API HTTP</i>) on Javalin: the command line's calculations as JSON endpoints,
 * through the same {@link Calculations}.
 *
 * <ul>
 *   <li>{@code POST /v1/allocate}: an allocation request in, the allocation out;</li>
 *   <li>{@code POST /v1/quota}: a quota capitaria request in, the charge of each comune out;</li>
 *   <li>{@code POST /v1/transition}: a transition request in, the year-by-year path out;</li>
 *   <li>{@code POST /v1/reallocate}: a reallocation request in, the amounts after it out;</li>
 *   <li>{@code POST /v1/copayment}: a co-payment schedule and users in, each user's co-payment out;</li>
 *   <li>{@code POST /v1/balance}: a plan in, its balance report out;</li>
 *   <li>{@code POST /v1/indicators?level=comune|province|region&format=json|csv&skipIncomplete=false}: a POSAS
 *       file in, the indicator table out; with {@code skipIncomplete=true} the comuni left out as incomplete
 *       are listed in the JSON's {@code skipped} field and, in either format, counted in the
 *       {@value #SKIPPED_COUNT_HEADER} header and named in {@value #SKIPPED_HEADER};</li>
 *   <li>{@code POST /v1/validate/{type}}: any input type of {@code socialplan validate};</li>
 *   <li>{@code GET /health}: {@code {"status":"ok"}};</li>
 *   <li>{@code GET /openapi.json}: the OpenAPI 3.1 document of these endpoints.</li>
 * </ul>
 *
 * <p>Bad input gets status 400 and the error body ({@link ErrorBody}). So does a query parameter that the
 * endpoint does not take (only {@code /v1/indicators} takes any; {@code GET /health} and
 * {@code GET /openapi.json} take none either), one given twice, or one of another value
 * than those listed ({@code skipIncomplete} is {@code true} or {@code false}), with {@code "path": "query"}
 * and the parameter's name or value in {@code value}. A body over the size limit gets 413, an unknown path
 * 404 (so does {@code /v1/validate/} with a type it does not know, naming the known types), a known path
 * with another method 405, all with the error body. JSON nesting and number sizes are
 * capped by {@link SocialPlanJson}'s limits (400). A connection that stops sending for {@link #IDLE_TIMEOUT_MILLIS}
 * ms is closed. {@link #close()} stops accepting connections and lets requests in flight finish (up to
 * {@link #STOP_TIMEOUT_MILLIS} ms). The server listens on 127.0.0.1 unless told otherwise.
 */
public final class ApiServer implements AutoCloseable {

  /** The default largest request body, in bytes (10 MiB). */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

  /** The largest body limit a server takes: {@value}, the longest array a JVM makes for the body. */
  public static final long MAX_BODY_BYTES_LIMIT = Integer.MAX_VALUE - 8;

  /** How long a connection may stay silent in the middle of a request or between requests. */
  public static final long IDLE_TIMEOUT_MILLIS = 10_000;

  /** How long {@link #close()} waits for requests in flight. */
  public static final long STOP_TIMEOUT_MILLIS = 5_000;

  /**
   * The response header of {@code /v1/indicators} that gives how many comuni were skipped as incomplete
   * ({@code 0} when none).
   */
  public static final String SKIPPED_COUNT_HEADER = "Socialplan-Skipped-Count";

  /**
   * The response header of {@code /v1/indicators} that lists the ISTAT codes of the comuni skipped as
   * incomplete, comma-separated in file order, the first {@value #MAX_SKIPPED_CODES} of them; absent when
   * none was skipped.
   */
  public static final String SKIPPED_HEADER = "Socialplan-Skipped";

  /** The most codes {@link #SKIPPED_HEADER} lists, so that the header stays under 1 KB. */
  public static final int MAX_SKIPPED_CODES = 100;

  private static final String JSON = "application/json";

  /** The query parameters of {@code /v1/indicators}, in the order its error names them; the others take none. */
  private static final List<String> INDICATORS_QUERY = List.of("level", "format", "skipIncomplete");

  /** The request attribute set once an error body is written, so that the 404 handler keeps it. */
  private static final String ERROR_WRITTEN = "socialplan.errorWritten";

  private final Javalin app;
  private final long maxBodyBytes;

  private ApiServer(String host, int port, long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.host = host;
      config.jetty.port = port;
      config.http.maxRequestSize = maxBodyBytes;
      // No response compression: the answers are a few KB on loopback or a local network, where gzip costs
      // more CPU than the bytes it saves.
      config.http.compressionStrategy = CompressionStrategy.NONE;
      // A known path called with another method is 405, "method not allowed", not "no such endpoint".
      config.http.prefer405over404 = true;
      config.jetty.modifyServer(server -> server.setStopTimeout(STOP_TIMEOUT_MILLIS));
      config.routes.get("/health", ctx -> json(query(ctx), "{\"status\":\"ok\"}"));
      config.routes.get("/openapi.json", ctx -> json(query(ctx), openApi()));
      config.routes.post("/v1/allocate", ctx -> {
        query(ctx);
        Allocation a = Calculations.allocate(bodyBytes(ctx), "request");
        // Straight into the response: no JSON text, no copy of its bytes (the answer is computed by now,
        // so nothing fails half-way but the connection).
        ctx.contentType(JSON);
        SocialPlanJson.write(a, ctx.res().getOutputStream());
      });
      config.routes.post("/v1/quota", ctx -> json(query(ctx), Calculations.quota(body(ctx), "request")));
      config.routes.post("/v1/transition", ctx -> json(query(ctx), Calculations.transition(body(ctx), "request")));
      config.routes.post("/v1/reallocate", ctx -> json(query(ctx), Calculations.reallocate(body(ctx), "request")));
      config.routes.post("/v1/copayment", ctx -> json(query(ctx), Calculations.copayment(body(ctx), "request")));
      config.routes.post("/v1/balance", ctx -> json(query(ctx), Calculations.balance(body(ctx), "request")));
      config.routes.post("/v1/indicators", ctx -> {
        query(ctx, INDICATORS_QUERY);
        Calculations.Level level = level(ctx.queryParam("level"));
        Calculations.Format format = format(ctx.queryParam("format"));
        PosasData data = Calculations.posas(body(ctx), "request", skipIncomplete(ctx.queryParam("skipIncomplete")));
        String table = Calculations.indicators(data, level, null, format);
        skippedHeaders(ctx, data.report().problems());
        ctx.contentType(format == Calculations.Format.CSV ? "text/csv; charset=utf-8" : JSON).result(table);
      });
      config.routes.post("/v1/validate/{type}", ctx -> {
        Calculations.InputType type = inputType(ctx);
        json(query(ctx), Calculations.validate(type, body(ctx), "request"));
      });
      config.routes.exception(BadQuery.class, (e, ctx) -> error(ctx, 400, e.body));
      config.routes.exception(NoSuchType.class, (e, ctx) -> error(ctx, 404, e.body));
      config.routes.exception(BodyTooLarge.class, (e, ctx) -> error(ctx, 413, ErrorBody.of("request",
          "request body larger than " + this.maxBodyBytes + " bytes")));
      config.routes.exception(Exception.class, (e, ctx) -> {
        ErrorBody body = SocialPlanCli.errorBody(e);
        if (body == null) {
          error(ctx, 500, ErrorBody.of("request", "internal error"));
        } else {
          error(ctx, 400, body);
        }
      });
      config.routes.error(404, ctx -> {
        // a 404 of a route (an unknown validate type) has written its own error body
        if (ctx.attribute(ERROR_WRITTEN) == null) {
          error(ctx, 404, ErrorBody.of(ctx.path(), "no such endpoint"));
        }
      });
      config.routes.error(405, ctx -> error(ctx, 405, ErrorBody.of(ctx.path(), "method not allowed")));
    });
  }

  /**
   * Starts a server.
   *
   * @param host the address to listen on, not null, e.g. {@code 127.0.0.1}
   * @param port the port, 0 for any free one
   * @param maxBodyBytes the largest request body accepted, {@code 1..}{@value #MAX_BODY_BYTES_LIMIT}
   * @return the started server
   * @throws IllegalArgumentException if {@code maxBodyBytes} is out of range
   */
  public static ApiServer start(String host, int port, long maxBodyBytes) {
    Objects.requireNonNull(host, "host");
    if (maxBodyBytes <= 0 || maxBodyBytes > MAX_BODY_BYTES_LIMIT) {
      // a body is read into one array: a longer declared length cast to an int would read another length
      throw new IllegalArgumentException("maxBodyBytes must be in 1.." + MAX_BODY_BYTES_LIMIT + ": " + maxBodyBytes);
    }
    ApiServer s = new ApiServer(host, port, maxBodyBytes);
    s.app.start();
    for (Connector c : s.app.jettyServer().server().getConnectors()) {
      if (c instanceof ServerConnector) {
        ((ServerConnector) c).setIdleTimeout(IDLE_TIMEOUT_MILLIS);
      }
    }
    return s;
  }

  /** {@return the port the server listens on} */
  public int port() {
    return app.port();
  }

  /** Stops the server, letting requests in flight finish. */
  @Override
  public void close() {
    app.stop();
  }

  /** The request body, read up to the size limit. */
  private InputStream body(Context ctx) throws IOException {
    return new ByteArrayInputStream(bodyBytes(ctx));
  }

  /** The request body as bytes, read up to the size limit. */
  private byte[] bodyBytes(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBodyBytes) {
      throw new BodyTooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared >= 0) {
        // Jetty ends the stream at the declared length: one array of the right size, no copies.
        return in.readNBytes((int) declared);
      }
      byte[] body = in.readNBytes((int) Math.min(maxBodyBytes + 1, Integer.MAX_VALUE - 8));
      if (body.length > maxBodyBytes) {
        throw new BodyTooLarge();
      }
      return body;
    }
  }

  /**
   * Names the comuni skipped as incomplete in the answer's head, for either format: their count, and the
   * codes of the first {@value #MAX_SKIPPED_CODES} (the JSON body lists them all, with their lines and
   * problems).
   */
  private static void skippedHeaders(Context ctx, List<PosasProblem> skipped) {
    ctx.header(SKIPPED_COUNT_HEADER, Integer.toString(skipped.size()));
    if (!skipped.isEmpty()) {
      ctx.header(SKIPPED_HEADER, skipped.stream().limit(MAX_SKIPPED_CODES).map(p -> p.code().toString())
          .collect(Collectors.joining(",")));
    }
  }

  private static void json(Context ctx, String text) {
    ctx.contentType(JSON).result(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void error(Context ctx, int status, ErrorBody body) {
    ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
    ctx.status(status).contentType(JSON).result((body.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Refuses a query parameter the endpoint does not take, or one given twice: read as absent (or by its
   * first value) it would answer 200 with another result than the one asked for.
   *
   * @return {@code ctx}
   */
  private static Context query(Context ctx, List<String> known) {
    for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
      String name = p.getKey();
      if (!known.contains(name)) {
        throw new BadQuery("unknown query parameter '" + ErrorBody.cutValue(name) + "'; "
            + (known.isEmpty() ? "this endpoint takes none" : "known: " + String.join(", ", known)), name);
      }
      if (p.getValue().size() > 1) {
        throw new BadQuery("query parameter '" + name + "' given " + p.getValue().size() + " times", name);
      }
    }
    return ctx;
  }

  private static Context query(Context ctx) {
    return query(ctx, List.of());
  }

  /**
   * The input type named by the path of {@code /v1/validate/{type}}: a type the API does not know names no
   * resource, so it is 404 (as an unknown path), not 400, with the known types in the problem.
   */
  private static Calculations.InputType inputType(Context ctx) {
    String name = ctx.pathParam("type");
    for (Calculations.InputType t : Calculations.InputType.values()) {
      if (t.cliName().equals(name)) {
        return t;
      }
    }
    String known = Arrays.stream(Calculations.InputType.values()).map(Calculations.InputType::cliName)
        .collect(Collectors.joining(", "));
    throw new NoSuchType(new ErrorBody(ctx.path(), "no such endpoint: unknown type '" + ErrorBody.cutValue(name)
        + "'; known: " + known, null, null, name));
  }

  private static boolean skipIncomplete(String value) {
    if (value == null || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new BadQuery("skipIncomplete must be true or false", value);
  }

  private static Calculations.Level level(String value) {
    if (value == null) {
      return Calculations.Level.COMUNE;
    }
    for (Calculations.Level l : new Calculations.Level[] {Calculations.Level.COMUNE,
        Calculations.Level.PROVINCE, Calculations.Level.REGION}) {
      if (l.name().equalsIgnoreCase(value)) {
        return l;
      }
    }
    throw new BadQuery("level must be comune, province or region", value);
  }

  private static Calculations.Format format(String value) {
    if (value == null || value.toLowerCase(Locale.ROOT).equals("json")) {
      return Calculations.Format.JSON;
    }
    if (value.toLowerCase(Locale.ROOT).equals("csv")) {
      return Calculations.Format.CSV;
    }
    throw new BadQuery("format must be json or csv", value);
  }

  /** The OpenAPI document, from the jar. */
  static String openApi() {
    try (InputStream in = ApiServer.class.getResourceAsStream("/socialplan/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A query parameter that is unknown, repeated or not one of its values: 400, at path {@code query}. */
  private static final class BadQuery extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorBody body;

    BadQuery(String problem, String value) {
      super(problem, null, false, false);
      this.body = new ErrorBody("query", problem, null, null, value);
    }
  }

  /** A {@code /v1/validate/{type}} with a type the API does not know: 404. */
  private static final class NoSuchType extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorBody body;

    NoSuchType(ErrorBody body) {
      super(body.problem(), null, false, false);
      this.body = body;
    }
  }

  /** A request body over the limit. */
  private static final class BodyTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super(null, null, false, false);
    }
  }
}
