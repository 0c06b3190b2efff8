package io.github.socialplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps README honest: each of its {@code java} code blocks must be, line for line, one of the snippets that
 * the {@code Readme*Test} classes of the modules run and check (the code between their
 * {@code --- README snippet starts} and {@code --- README snippet ends} markers), comments included, every
 * such snippet must be in README, and its {@code jshell} block must be {@code jshell/readme-session.jsh},
 * which {@link ReadmeJShellTest} runs. Indentation and blank lines are ignored. A snippet's comments state
 * results ({@code // 82509.49}), so every number in them must also be in the code of its test class, where
 * an assertion checks it (or where the snippet's own input gives it).
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final String START = "// --- README snippet starts";
  private static final String END = "// --- README snippet ends";
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])-?\\d+(?:[.,]\\d+)*(?!\\w)");
  /** A number in code may carry a literal's suffix: 70841L, 18000.00BD (Spark SQL's decimal). */
  private static final Pattern NUMBER_IN_CODE =
      Pattern.compile("(?<![\\w.,])-?\\d+(?:[.,]\\d+)*(?=(?:BD|[LlDdFf])?(?!\\w))");

  @Test
  void everyJavaBlockOfReadme_isATestedSnippet() throws IOException {
    List<List<String>> tested = testedSnippets();
    List<List<String>> blocks = readmeBlocks("java");
    assertFalse(blocks.isEmpty(), "README has no java block");
    for (List<String> block : blocks) {
      assertTrue(tested.contains(block), "README java block is not a tested snippet:\n" + String.join("\n", block));
    }
  }

  @Test
  void everyTestedSnippet_isInReadme() throws IOException {
    List<List<String>> blocks = readmeBlocks("java");
    List<List<String>> tested = testedSnippets();
    assertTrue(tested.size() >= 4, "expected the snippets of core, indicators and budget, found " + tested.size());
    for (List<String> snippet : tested) {
      assertTrue(blocks.contains(snippet), "tested snippet missing from README:\n" + String.join("\n", snippet));
    }
  }

  @Test
  void jshellBlockOfReadme_isTheTestedSession() throws IOException {
    List<List<String>> blocks = readmeBlocks("jshell");
    assertEquals(1, blocks.size(), "README should have one jshell block");
    assertEquals(code(Files.readAllLines(ROOT.resolve("jshell/readme-session.jsh"))), blocks.get(0));
  }

  @Test
  void everyNumberInASnippetsComments_isInItsTestsCode() throws IOException {
    List<String> unchecked = new ArrayList<>();
    for (Path source : readmeTests()) {
      List<String> lines = Files.readAllLines(source);
      Set<String> inCode = new HashSet<>();
      for (String line : lines) {
        if (!line.strip().startsWith("*") && !line.strip().startsWith("/*")) {
          inCode.addAll(numbers(NUMBER_IN_CODE, withoutComment(line)));
        }
      }
      boolean inSnippet = false;
      for (String line : lines) {
        if (line.strip().startsWith(START)) {
          inSnippet = true;
        } else if (line.strip().startsWith(END)) {
          inSnippet = false;
        } else if (inSnippet) {
          String comment = line.substring(withoutComment(line).length());
          for (String number : numbers(NUMBER, comment)) {
            if (!inCode.contains(number)) {
              unchecked.add(source.getFileName() + ": " + number + " in " + comment.strip());
            }
          }
        }
      }
    }
    assertEquals(List.of(), unchecked, "numbers that README's comments state and no code of their test has");
  }

  /** The numbers written in a text: 82509.49, -1.00, 195,4 (Italian), 2014; not the 6 of C6 or 019036's digits alone. */
  private static List<String> numbers(Pattern number, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = number.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static List<List<String>> readmeBlocks(String language) throws IOException {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
      if (current == null && line.trim().equals("```" + language)) {
        current = new ArrayList<>();
      } else if (current != null && line.trim().equals("```")) {
        blocks.add(code(current));
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return blocks;
  }

  private static List<Path> readmeTests() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(p -> p.toString().contains("/src/test/java/"))
          .filter(p -> p.getFileName().toString().matches("Readme.*Test\\.java"))
          .sorted()
          .toList();
    }
  }

  private static List<List<String>> testedSnippets() throws IOException {
    List<List<String>> snippets = new ArrayList<>();
    for (Path source : readmeTests()) {
      List<String> current = null;
      for (String line : Files.readAllLines(source)) {
        if (line.strip().startsWith(START)) {
          current = new ArrayList<>();
        } else if (line.strip().startsWith(END) && current != null) {
          snippets.add(code(current));
          current = null;
        } else if (current != null) {
          current.add(line);
        }
      }
    }
    return snippets;
  }

  /** The lines without indentation or blank lines, a comment's spacing made one space. */
  private static List<String> code(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String code = withoutComment(line);
      String comment = line.substring(code.length()).strip();
      String c = (code.strip() + " " + comment).strip();
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  private static String withoutComment(String line) {
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '\\' && inString) {
        i++;
      } else if (ch == '"') {
        inString = !inString;
      } else if (!inString && line.startsWith("//", i)) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
