package io.github.socialplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the built jar, {@code cli/target/socialplan.jar}, as a separate process, as a user would. */
final class Processes {

  static final Path JAR = Path.of("cli/target/socialplan.jar");

  private Processes() {}

  /** What a process wrote and how it ended. */
  record Result(int exitCode, String out, String err) {}

  static Result socialplan(String stdin, String... args) throws IOException, InterruptedException {
    return socialplanWith(List.of(), stdin, args);
  }

  /** Runs the jar with JVM options before {@code -jar}, e.g. {@code -Duser.language=it}. */
  static Result socialplanWith(List<String> jvmOptions, String stdin, String... args)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: these tests run after 'package'");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return run(command, stdin);
  }

  static Result run(List<String> command, String stdin) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).start();
    CompletableFuture<String> out = read(p.getInputStream());
    CompletableFuture<String> err = read(p.getErrorStream());
    try (OutputStream in = p.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("process did not end in 60 s: " + command);
    }
    return new Result(p.exitValue(), out.join(), err.join());
  }

  private static CompletableFuture<String> read(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }
}
