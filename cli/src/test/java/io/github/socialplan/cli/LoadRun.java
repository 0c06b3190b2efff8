package io.github.socialplan.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load run against the HTTP API on loopback (a benchmark, not a test): starts the server on a
 * free 127.0.0.1 port, runs CLIENTS concurrent clients for SECONDS seconds after a warm-up, each allocating
 * 1,000,000.00 euro over 50 recipients with floors, checks every answer (status 200, the parts add up to
 * the total), stops by itself and prints requests sent, answers checked, errors, requests/s, p50 and p99.
 *
 * <pre>
 * java -cp cli/target/socialplan.jar:cli/target/test-classes io.github.socialplan.cli.LoadRun [CLIENTS] [SECONDS]
 * </pre>
 */
public final class LoadRun {

  private LoadRun() {}

  /**
   * Runs the load.
   *
   * @param args optional: clients (default 8), seconds (default 10, at most 60)
   * @throws Exception if the run cannot start
   */
  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int seconds = Math.min(60, args.length > 1 ? Integer.parseInt(args[1]) : 10);
    StringBuilder weights = new StringBuilder();
    StringBuilder floors = new StringBuilder();
    for (int i = 1; i <= 50; i++) {
      String id = String.format(Locale.ROOT, "%06d", 19_000 + i);
      weights.append(i > 1 ? "," : "").append('"').append(id).append("\":").append(1000 + 37 * i);
      if (i <= 10) {
        floors.append(i > 1 ? "," : "").append('"').append(id).append("\":15000.00");
      }
    }
    String body = "{\"total\":1000000.00,\"weights\":{" + weights + "},\"bounds\":{\"floors\":{" + floors + "}}}";
    BigDecimal total = new BigDecimal("1000000.00");
    ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    try (ApiServer server = ApiServer.start("127.0.0.1", 0, ApiServer.DEFAULT_MAX_BODY_BYTES)) {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/allocate");
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .executor(Executors.newFixedThreadPool(2)).build();
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
      AtomicLong sent = new AtomicLong();
      AtomicLong checked = new AtomicLong();
      AtomicLong errors = new AtomicLong();
      long[][] latencies = new long[clients][];
      int[] counts = new int[clients];
      for (int phase = 0; phase < 2; phase++) {
        boolean measure = phase == 1;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(measure ? seconds : 3);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
          int me = c;
          latencies[me] = new long[1 << 16];
          counts[me] = 0;
          pool.submit(() -> {
            while (System.nanoTime() < end) {
              long t0 = System.nanoTime();
              if (measure) {
                sent.incrementAndGet();
              }
              try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                long dt = System.nanoTime() - t0;
                BigDecimal sum = BigDecimal.ZERO;
                JsonNode lines = json.readTree(r.body()).get("lines");
                for (JsonNode l : lines) {
                  sum = sum.add(l.get("amount").decimalValue());
                }
                boolean ok = r.statusCode() == 200 && lines.size() == 50 && sum.compareTo(total) == 0;
                if (measure) {
                  if (ok) {
                    checked.incrementAndGet();
                  } else {
                    errors.incrementAndGet();
                  }
                  if (counts[me] == latencies[me].length) {
                    latencies[me] = Arrays.copyOf(latencies[me], counts[me] * 2);
                  }
                  latencies[me][counts[me]++] = dt;
                }
              } catch (Exception e) {
                if (measure) {
                  errors.incrementAndGet();
                }
              }
            }
            return null;
          });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
      }
      long[] all = new long[0];
      for (int c = 0; c < clients; c++) {
        int from = all.length;
        all = Arrays.copyOf(all, from + counts[c]);
        System.arraycopy(latencies[c], 0, all, from, counts[c]);
      }
      Arrays.sort(all);
      System.out.printf(Locale.ROOT, "clients %d, %d s: sent %d, checked %d, errors %d, lost %d%n", clients,
          seconds, sent.get(), checked.get(), errors.get(), sent.get() - checked.get() - errors.get());
      System.out.printf(Locale.ROOT, "%.0f requests/s, p50 %.2f ms, p99 %.2f ms%n",
          checked.get() / (double) seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
      ((ExecutorService) client.executor().orElseThrow()).shutdownNow();
    }
  }
}
