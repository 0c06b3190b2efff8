package io.github.socialplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps README honest: each of its {@code java} code blocks must be, line for line, one of the snippets that
 * the {@code Readme*Test} classes of the modules run and check (the code between their
 * {@code --- README snippet starts} and {@code --- README snippet ends} markers), every such snippet must
 * be in README, and its {@code jshell} block must be {@code jshell/readme-session.jsh}, which
 * {@link ReadmeJShellTest} runs. Comments and indentation are ignored, so README may explain in comments.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final String START = "// --- README snippet starts";
  private static final String END = "// --- README snippet ends";

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

  private static List<List<String>> testedSnippets() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(ROOT)) {
      sources = files
          .filter(p -> p.toString().contains("/src/test/java/"))
          .filter(p -> p.getFileName().toString().matches("Readme.*Test\\.java"))
          .sorted()
          .toList();
    }
    List<List<String>> snippets = new ArrayList<>();
    for (Path source : sources) {
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

  /** The lines without comments, indentation or blank lines. */
  private static List<String> code(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String c = withoutComment(line).strip();
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
