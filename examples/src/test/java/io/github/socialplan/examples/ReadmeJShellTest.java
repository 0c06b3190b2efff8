package io.github.socialplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.testing.ReferenceFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Keeps README's JShell section working: runs {@code jshell/startup.jsh} and then the five-line session of
 * {@code jshell/readme-session.jsh} (which README quotes verbatim) through the JShell API, in a separate JVM
 * with this module's class path and a foreign default locale, from the project root as {@code ./jshell.sh}
 * does, and compares what the session prints with an old-age index computed here from the POSAS sample by
 * plain string splitting.
 */
class ReadmeJShellTest {

  private static final Path ROOT = ReferenceFiles.folder().getParent().getParent();

  /**
   * The imports of JShell's {@code DEFAULT} startup (JDK 17's {@code DEFAULT.jsh}), which {@code ./jshell.sh}
   * loads before {@code startup.jsh} but the JShell API does not.
   */
  private static final String DEFAULT_STARTUP = String.join("\n",
      "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
      "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
      "import java.util.prefs.*;", "import java.util.regex.*;", "import java.util.stream.*;");

  @Test
  void readmeSession_printsAbanoTermeOldAgeIndex_andTheIncompleteComune() throws IOException {
    // P65+ / P0-14 x 100 (DOMAIN.md, indice di vecchiaia) for Abano Terme, from the sample's age rows.
    long elderly = 0;
    long young = 0;
    for (String line : Files.readAllLines(ReferenceFiles.path("real/posas-2025-sample.csv"))) {
      String[] f = line.replace("\"", "").split(";");
      if (f.length == 6 && f[0].equals("028001") && !f[2].equals("999")) {
        int age = Integer.parseInt(f[2]);
        long both = Long.parseLong(f[5]);
        elderly += age >= 65 ? both : 0;
        young += age <= 14 ? both : 0;
      }
    }
    String expected =
        String.format(Locale.ROOT, "Abano Terme, 1 Jan 2025: old-age index %.1f", 100.0 * elderly / young);

    List<String> printed =
        run(DEFAULT_STARTUP, read("jshell/startup.jsh"), read("jshell/readme-session.jsh"));

    assertEquals(2, printed.size(), printed.toString());
    assertEquals(expected, printed.get(0));
    assertTrue(printed.get(1).startsWith(
        "lines 106-197: comune 098001 (Abbadia Cerreto) is incomplete: ages 92..100 missing"), printed.get(1));
    // README quotes both lines, the second with its last remark cut to "(…)"
    String readme = read("README.md");
    assertTrue(readme.contains("It prints `" + printed.get(0) + "`"), "README does not quote " + printed.get(0));
    String cut = printed.get(1).substring(0, printed.get(1).lastIndexOf(" (")) + " (…)";
    assertTrue(readme.contains("`" + cut + "`"), "README does not quote " + cut);
  }

  @Test
  void readmeSession_isFiveLines() throws IOException {
    long lines = read("jshell/readme-session.jsh").lines().filter(l -> !l.isBlank()).count();
    assertEquals(5, lines);
  }

  @Test
  void startup_importsEveryApiPackage() throws IOException {
    String startup = read("jshell/startup.jsh");
    try (var files = Files.walk(ROOT)) {
      List<String> api = files
          .map(f -> ROOT.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
          // The API is the library modules' (lib-*); examples and benchmarks are programs, not API. lib-spark
          // runs inside Spark, whose jars the JShell session does not have.
          .filter(f -> f.startsWith("lib-") && !f.startsWith("lib-spark/") && f.endsWith("/package-info.java")
              && f.contains("/src/main/java/"))
          .map(f -> f.substring(0, f.lastIndexOf('/')))
          .map(dir -> dir.substring(dir.indexOf("/java/") + "/java/".length()).replace('/', '.'))
          .filter(pkg -> !pkg.endsWith(".internal") && !pkg.equals("io.github.socialplan.core"))
          .sorted().collect(Collectors.toList());
      assertTrue(api.contains("io.github.socialplan.core.io") && api.size() > 20, api.toString());
      List<String> missing =
          api.stream().filter(pkg -> !startup.contains("import " + pkg + ".*;")).collect(Collectors.toList());
      assertEquals(List.of(), missing, "packages that jshell/startup.jsh does not import");
    }
  }

  @Test
  void jshellScript_usesTheStartupFile() throws IOException {
    assertTrue(read("jshell.sh").contains("--startup DEFAULT --startup jshell/startup.jsh"));
  }

  private static String read(String name) throws IOException {
    return Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8);
  }

  /** Evaluates the scripts snippet by snippet, failing on a rejected snippet or an exception; returns the output. */
  private static List<String> run(String... scripts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (JShell js = JShell.builder()
        .out(new PrintStream(out, true, StandardCharsets.UTF_8))
        .err(new PrintStream(err, true, StandardCharsets.UTF_8))
        .remoteVMOptions("-Duser.language=hi", "-Duser.country=IN", "-Dfile.encoding=UTF-8")
        .build()) {
      js.addToClasspath(System.getProperty("java.class.path"));
      SourceCodeAnalysis analysis = js.sourceCodeAnalysis();
      for (String script : scripts) {
        String rest = script;
        while (!rest.isBlank()) {
          SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
          if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
            break; // only comments left
          }
          assertTrue(info.completeness().isComplete(), "incomplete snippet: " + rest);
          for (SnippetEvent e : js.eval(info.source())) {
            String diagnostics = js.diagnostics(e.snippet())
                .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("; "));
            assertEquals(Snippet.Status.VALID, e.status(), info.source() + ": " + diagnostics);
            assertNull(e.exception(), () -> info.source() + " threw " + e.exception());
          }
          rest = info.remaining();
        }
      }
      js.eval("System.out.flush();");
    }
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
  }
}
