package io.github.socialplan.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A bounded load run against the HTTP API on loopback (a benchmark, not a test). {@code --clients}
 * concurrent clients, each a thread on its own kept-alive connection, allocate 1,000,000.00 euro over 50
 * recipients with 10 floors, first for {@code --warmup} seconds, then for {@code --seconds} measured
 * seconds; every answer is checked (status 200, 50 lines adding up to the total). The run stops by itself
 * and prints requests sent, answers checked, errors and lost (sent = checked + errors + lost), requests/s,
 * p50 and p99 latency, the CPU time per request of the clients and the server, and the JVM flags.
 *
 * <p>Without {@code --url} the server runs in this JVM, on the same cores as the clients; {@code
 * cli/load-run} starts it as {@code socialplan serve} in its own process and passes {@code --url} and
 * {@code --server-pid}.
 */
@Command(name = "LoadRun", mixinStandardHelpOptions = true, sortOptions = false,
    description = "A bounded load run of POST /v1/allocate on loopback: 1,000,000.00 euro over 50 recipients "
        + "with 10 floors, every answer checked.")
public final class LoadRun implements Callable<Integer> {

  private static final BigDecimal TOTAL = new BigDecimal("1000000.00");
  private static final int RECIPIENTS = 50;
  private static final double TARGET_PER_SECOND = 5_000;
  private static final double TARGET_P99_MILLIS = 20;
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

  @Option(names = "--clients", defaultValue = "8",
      description = "concurrent clients, 1 to 256 (default: ${DEFAULT-VALUE})")
  private int clients;

  @Option(names = "--seconds", defaultValue = "10",
      description = "measured seconds, 1 to 60 (default: ${DEFAULT-VALUE})")
  private int seconds;

  @Option(names = "--warmup-requests", defaultValue = "30000", description = "the warm-up lasts until this many "
      + "requests are answered, so that the JIT compilers have compiled the request path (default: ${DEFAULT-VALUE})")
  private long warmupRequests;

  @Option(names = "--warmup", defaultValue = "60",
      description = "the longest warm-up in seconds, 0 to 60 (default: ${DEFAULT-VALUE})")
  private int warmup;

  @Option(names = "--url", description = "a running server on loopback, e.g. http://127.0.0.1:8080 "
      + "(default: start one in this JVM)")
  private URI url;

  @Option(names = "--server-pid", description = "the process id of the server at --url, to report its CPU time")
  private Long serverPid;

  @Option(names = "--client", defaultValue = "apache", description = "the HTTP client: apache (Apache "
      + "HttpClient 5, blocking) or jdk (java.net.http, for comparison) (default: ${DEFAULT-VALUE})")
  private String clientKind;

  private LoadRun() {}

  /**
   * Runs the load; {@code --help} lists the options.
   *
   * @param args the options, not null
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new LoadRun()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    CommandLine cmd = new CommandLine(this);
    if (clients < 1 || clients > 256 || seconds < 1 || seconds > 60 || warmup < 0 || warmup > 60
        || warmupRequests < 0) {
      throw new CommandLine.ParameterException(cmd,
          "--clients must be 1 to 256, --seconds 1 to 60, --warmup 0 to 60, --warmup-requests 0 or more");
    }
    if (!clientKind.equals("apache") && !clientKind.equals("jdk")) {
      throw new CommandLine.ParameterException(cmd, "--client must be apache or jdk: " + clientKind);
    }
    if (url != null && !LOOPBACK.contains(String.valueOf(url.getHost()))) {
      throw new CommandLine.ParameterException(cmd, "--url must be on loopback (127.0.0.1): " + url);
    }
    ApiServer inProcess = url == null ? ApiServer.start("127.0.0.1", 0, ApiServer.DEFAULT_MAX_BODY_BYTES) : null;
    try {
      URI base = inProcess == null ? url : URI.create("http://127.0.0.1:" + inProcess.port());
      return run(base.resolve("/v1/allocate"), inProcess != null) ? 0 : 1;
    } finally {
      if (inProcess != null) {
        inProcess.close();
      }
    }
  }

  /** Runs the warm-up and the measured phase and prints the result; false if there were errors or losses. */
  private boolean run(URI uri, boolean serverInProcess) throws Exception {
    byte[] body = requestBody();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double loadBefore = os.getSystemLoadAverage();
    ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
      Thread t = new Thread(r, "load-client");
      t.setDaemon(true);
      return t;
    });
    try (Client client = clientKind.equals("jdk") ? new JdkClient(uri, body) : new ApacheClient(uri, body, clients)) {
      Phase warm = new Phase(warmup, warmupRequests);
      if (warmup > 0 && warmupRequests > 0) {
        warm.run(pool, client);
      }
      Phase measured = new Phase(seconds, Long.MAX_VALUE);
      long jit0 = jitMillis();
      long processCpu0 = os.getProcessCpuTime();
      long[] threadCpu0 = threadCpu(threads);
      long serverCpu0 = serverProcessCpu();
      measured.run(pool, client);
      long processCpu = os.getProcessCpuTime() - processCpu0;
      long[] threadCpu = threadCpu(threads);
      long serverCpu = serverInProcess ? threadCpu[0] - threadCpu0[0] : serverProcessCpu() - serverCpu0;
      long clientCpu = threadCpu[1] - threadCpu0[1];
      return report(warm, measured, jitMillis() - jit0, uri, serverInProcess, client.connections(), loadBefore,
          os.getSystemLoadAverage(), clientCpu, serverCpu, processCpu);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One timed phase: every client sends, waits and checks until the time is up. */
  private final class Phase {
    final long nanos;
    final long requests;
    final AtomicLong sent = new AtomicLong();
    final AtomicLong checked = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final long[][] latencies = new long[clients][];
    final int[] counts = new int[clients];
    final List<String> problems = new ArrayList<>();
    long elapsedNanos;
    boolean finished;

    /** A phase that ends after so many seconds or so many requests sent, whichever comes first. */
    Phase(int seconds, long requests) {
      this.nanos = TimeUnit.SECONDS.toNanos(seconds);
      this.requests = requests;
    }

    void run(ExecutorService pool, Client client) throws InterruptedException {
      JsonFactory json = new JsonFactory();
      CountDownLatch done = new CountDownLatch(clients);
      long start = System.nanoTime();
      long end = start + nanos;
      for (int c = 0; c < clients; c++) {
        int me = c;
        latencies[me] = new long[1 << 14];
        pool.execute(() -> {
          try {
            // Counted as sent before it goes, so that a request without an answer shows as lost.
            while (System.nanoTime() < end && sent.incrementAndGet() <= requests) {
              long t0 = System.nanoTime();
              String problem;
              try {
                Client.Answer a = client.send();
                long dt = System.nanoTime() - t0;
                if (counts[me] == latencies[me].length) {
                  latencies[me] = Arrays.copyOf(latencies[me], counts[me] * 2);
                }
                latencies[me][counts[me]++] = dt;
                problem = problem(a, json);
              } catch (Exception e) {
                problem = e.toString();
              }
              if (problem == null) {
                checked.incrementAndGet();
              } else {
                errors.incrementAndGet();
                synchronized (problems) {
                  if (problems.size() < 3) {
                    problems.add(problem);
                  }
                }
              }
            }
          } finally {
            done.countDown();
          }
        });
      }
      // A client still waiting 30 s after the end has lost its answer; the client timeout is 10 s.
      finished = done.await(nanos + TimeUnit.SECONDS.toNanos(30), TimeUnit.NANOSECONDS);
      elapsedNanos = System.nanoTime() - start;
    }

    long[] sortedLatencies() {
      long[] all = new long[0];
      for (int c = 0; c < clients; c++) {
        int from = all.length;
        all = Arrays.copyOf(all, from + counts[c]);
        System.arraycopy(latencies[c], 0, all, from, counts[c]);
      }
      Arrays.sort(all);
      return all;
    }
  }

  /** Milliseconds this JVM's JIT compilers have spent so far, -1 if unknown. */
  private static long jitMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
  }

  /** CPU time so far of this JVM's threads: [0] Jetty's (the server's, if here), [1] all the others. */
  private static long[] threadCpu(ThreadMXBean threads) {
    long[] cpu = new long[2];
    for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (t != null) {
        String name = t.getThreadName();
        boolean server = name.startsWith("JettyServerThreadPool") || name.startsWith("Scheduler-");
        cpu[server ? 0 : 1] += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
      }
    }
    return cpu;
  }

  /** CPU time so far of the server process given by --server-pid, 0 if none or unknown. */
  private long serverProcessCpu() {
    if (serverPid == null) {
      return 0;
    }
    return ProcessHandle.of(serverPid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L);
  }

  private boolean report(Phase warm, Phase p, long jitMillis, URI uri, boolean serverInProcess, long connections,
      double loadBefore, double loadAfter, long clientCpu, long serverCpu, long processCpu) {
    long[] lat = p.sortedLatencies();
    long sent = p.sent.get();
    long checked = p.checked.get();
    long errors = p.errors.get();
    long lost = sent - checked - errors;
    double elapsed = p.elapsedNanos / 1e9;
    double perSecond = checked / elapsed;
    double p50 = lat.length == 0 ? 0 : lat[lat.length / 2] / 1e6;
    double p99 = lat.length == 0 ? 0 : lat[(int) Math.ceil(lat.length * 0.99) - 1] / 1e6;
    double max = lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6;
    double answered = Math.max(1, checked + errors);
    Out out = new Out();
    out.line("load run: POST %s, %d clients (%s client, one connection each), %.1f s measured after a warm-up "
        + "of %d requests in %.1f s, server %s", uri, clients, clientKind, elapsed, warm.checked.get(),
        warm.elapsedNanos / 1e9, serverInProcess ? "in this JVM"
            : "in its own process" + (serverPid == null ? "" : " (pid " + serverPid + ")"));
    out.line("machine: %d CPUs, load average %.2f before, %.2f after; %s %s; this JVM's flags: %s",
        Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, System.getProperty("java.vm.name"),
        System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments());
    out.line("requests sent %d = checked %d + errors %d + lost %d; connections opened %s", sent, checked, errors,
        lost, connections < 0 ? "(not counted by this client)" : Long.toString(connections));
    out.line("%.0f requests/s checked, latency p50 %.2f ms, p99 %.2f ms, max %.2f ms", perSecond, p50, p99, max);
    out.line("CPU per request: client threads %.0f us, server %s, this whole JVM %.0f us (with GC and JIT; "
        + "JIT compiling during the measurement: %d ms)", clientCpu / answered / 1e3,
        serverInProcess || serverPid != null
            ? String.format(Locale.ROOT, "%.0f us (%s)", serverCpu / answered / 1e3,
                serverInProcess ? "Jetty's threads" : "its whole process") : "(not measured: no --server-pid)",
        processCpu / answered / 1e3, jitMillis);
    boolean clean = errors == 0 && lost == 0 && p.finished;
    boolean met = clean && perSecond >= TARGET_PER_SECOND && p99 < TARGET_P99_MILLIS;
    out.line("target (at least %.0f requests/s, p99 under %.0f ms, no errors, none lost): %s", TARGET_PER_SECOND,
        TARGET_P99_MILLIS, met ? "met" : "not met");
    for (String problem : p.problems) {
      out.line("error: %s", problem);
    }
    if (!p.finished) {
      out.line("error: some clients were still waiting for an answer 30 s after the end");
    }
    return clean;
  }

  /**
   * What is wrong with an answer, null if it is right: status 200, a JSON object whose {@code lines} are 50
   * objects, each with an {@code amount}, adding up to the total. The answer is read as a stream of tokens
   * (every token, so malformed JSON is an error too) rather than as a tree: the clients share the two cores
   * with the server, so their checking should cost little.
   */
  private static String problem(Client.Answer a, JsonFactory json) throws IOException {
    if (a.status != 200) {
      String text = new String(a.body, StandardCharsets.UTF_8);
      return "status " + a.status + ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
    int lines = -1;
    int amounts = 0;
    BigDecimal sum = BigDecimal.ZERO;
    try (JsonParser p = json.createParser(a.body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return "not a JSON object";
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        if (p.nextToken() == JsonToken.START_ARRAY && field.equals("lines")) {
          lines = 0;
          while (p.nextToken() == JsonToken.START_OBJECT) {
            lines++;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              if (p.nextToken() == JsonToken.VALUE_NUMBER_FLOAT && name.equals("amount")) {
                sum = sum.add(p.getDecimalValue());
                amounts++;
              } else {
                p.skipChildren();
              }
            }
          }
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        return "not one JSON object";
      }
    }
    if (lines != RECIPIENTS || amounts != RECIPIENTS) {
      return "not " + RECIPIENTS + " lines with an amount: " + lines + " lines, " + amounts + " amounts";
    }
    return sum.compareTo(TOTAL) == 0 ? null : "the lines add up to " + sum.toPlainString();
  }

  /** The request: 1,000,000.00 euro over 50 recipients with different weights, 10 of them with a floor. */
  private static byte[] requestBody() {
    StringBuilder weights = new StringBuilder();
    StringBuilder floors = new StringBuilder();
    for (int i = 1; i <= RECIPIENTS; i++) {
      String id = String.format(Locale.ROOT, "%06d", 19_000 + i);
      weights.append(i > 1 ? "," : "").append('"').append(id).append("\":").append(1000 + 37 * i);
      if (i <= 10) {
        floors.append(i > 1 ? "," : "").append('"').append(id).append("\":15000.00");
      }
    }
    return ("{\"total\":" + TOTAL.toPlainString() + ",\"weights\":{" + weights + "},\"bounds\":{\"floors\":{"
        + floors + "}}}").getBytes(StandardCharsets.UTF_8);
  }

  /** Prints one formatted line. */
  private static final class Out {
    void line(String format, Object... args) {
      System.out.println(String.format(Locale.ROOT, format, args));
    }
  }

  /** Sends the request and waits for the answer; shared by all client threads. */
  private interface Client extends AutoCloseable {
    Answer send() throws IOException, InterruptedException;

    /** Connections opened so far, -1 if the client does not tell. */
    long connections();

    @Override
    void close() throws IOException;

    /** A status and a body. */
    final class Answer {
      final int status;
      final byte[] body;

      Answer(int status, byte[] body) {
        this.status = status;
        this.body = body;
      }
    }
  }

  /**
   * Apache HttpClient 5, classic and minimal: the calling thread writes the request and reads the answer on
   * a pooled connection, with no hand-over to other threads; no compression, retries, cookies or redirects.
   */
  private static final class ApacheClient implements Client {
    private static final RequestConfig REQUEST =
        RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(10)).build();
    private final CloseableHttpClient http;
    private final URI uri;
    private final ByteArrayEntity body;
    private final AtomicLong opened = new AtomicLong();

    ApacheClient(URI uri, byte[] body, int clients) {
      this.uri = uri;
      this.body = new ByteArrayEntity(body, ContentType.APPLICATION_JSON); // immutable, repeatable: shared
      // The minimal client: connection pooling and the request itself, without the execution chain of
      // redirects, retries, cookies, authentication and compression that this run turns off anyway and whose
      // per-request work (e.g. each request's path prefix for the authentication cache) was a tenth of the
      // client threads' CPU.
      this.http = HttpClients.createMinimal(PoolingHttpClientConnectionManagerBuilder.create()
          .setMaxConnTotal(clients)
          .setMaxConnPerRoute(clients)
          .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
          .setDefaultConnectionConfig(ConnectionConfig.custom()
              .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofSeconds(10)).build())
          .setConnectionFactory(socket -> {
            opened.incrementAndGet();
            return ManagedHttpClientConnectionFactory.INSTANCE.createConnection(socket);
          })
          .build());
    }

    @Override
    public Answer send() throws IOException {
      HttpPost post = new HttpPost(uri);
      post.setConfig(REQUEST);
      post.setEntity(body);
      return http.execute(post, r -> new Answer(r.getCode(), EntityUtils.toByteArray(r.getEntity())));
    }

    @Override
    public long connections() {
      return opened.get();
    }

    @Override
    public void close() throws IOException {
      http.close();
    }
  }

  /** java.net.http's client, for comparison: its selector thread hands each answer to an executor thread. */
  private static final class JdkClient implements Client {
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "jdk-http-client");
      t.setDaemon(true);
      return t;
    });
    private final HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor).build();
    private final HttpRequest request;

    JdkClient(URI uri, byte[] body) {
      request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    @Override
    public Answer send() throws IOException, InterruptedException {
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(r.statusCode(), r.body());
    }

    @Override
    public long connections() {
      return -1;
    }

    @Override
    public void close() {
      executor.shutdownNow();
    }
  }
}
