package io.github.socialplan.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The project's own copies of the published reference tables, under {@code data/reference} at the
 * project root (copied unchanged from the seed material, source lines included). Tests of every module
 * find them by walking up from the working directory, so they run from the root or from a module.
 */
public final class ReferenceFiles {

  private ReferenceFiles() {}

  /** The project's {@code data/reference} folder. */
  public static Path folder() {
    Path dir = Paths.get("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve("data").resolve("reference");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no data/reference folder above " + dir);
  }

  /**
   * A reference file by its name relative to {@code data/reference}, e.g.
   * {@code "cremona-plan-2015-2017.csv"} or {@code "real/posas-2025-sample.csv"}.
   */
  public static Path path(String name) {
    Path p = folder().resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("no reference file " + p);
    }
    return p;
  }
}
