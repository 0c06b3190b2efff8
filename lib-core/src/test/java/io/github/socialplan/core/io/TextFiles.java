package io.github.socialplan.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the small text files the readers' tests read: UTF-8, one line each, "\n" endings. */
final class TextFiles {

  private TextFiles() {}

  /** Writes {@code lines} to the file {@code name} in {@code dir} and returns its path. */
  static Path write(Path dir, String name, List<String> lines) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    return p;
  }

  /** Writes {@code lines} to the file {@code name} in {@code dir} and returns its path. */
  static Path write(Path dir, String name, String... lines) throws IOException {
    return write(dir, name, List.of(lines));
  }
}
