package io.github.socialplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a command's input: a file, or standard input for {@code -}; writes its output as UTF-8. */
final class Inputs {

  private Inputs() {}

  /** An input stream the caller closes; standard input is not closed by closing it. */
  static InputStream open(String file) throws IOException {
    if ("-".equals(file)) {
      return new java.io.FilterInputStream(System.in) {
        @Override
        public void close() {
          // standard input stays open
        }
      };
    }
    return Files.newInputStream(Path.of(file));
  }

  /** The name of an input in error messages. */
  static String name(String file) {
    return "-".equals(file) ? "<stdin>" : file;
  }

  /** Writes text to standard output as UTF-8, whatever the platform's encoding. */
  static void print(String text) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.print(text);
    out.flush();
  }
}
