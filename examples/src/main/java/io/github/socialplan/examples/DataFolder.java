package io.github.socialplan.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the examples find the project's {@code data/} folder (<i>cartella dei dati</i>): the system
 * property {@value #PROPERTY} if set, else the first {@code data/} with a {@code reference/} subfolder in
 * the working directory or one of its parents. {@code exec:java} runs in the project root and surefire in
 * {@code examples/}; both find the same folder.
 *
 * <pre>{@code
 * DataFolder data = DataFolder.locate();
 * Path plan = data.reference("cremona-plan-2015-2017.csv");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DataFolder {

  /** The system property that names the data folder, e.g. {@code -Dsocialplan.data=/srv/socialplan/data}. */
  public static final String PROPERTY = "socialplan.data";

  private final Path root;

  private DataFolder(Path root) {
    this.root = root;
  }

  /**
   * The data folder at a given path.
   *
   * @param root the folder that holds {@code reference/}, not null
   * @return the folder
   * @throws IllegalArgumentException if it has no {@code reference/} subfolder
   */
  public static DataFolder of(Path root) {
    Objects.requireNonNull(root, "root");
    if (!Files.isDirectory(root.resolve("reference"))) {
      throw new IllegalArgumentException("not a socialplan data folder (no reference/ inside): "
          + root.toAbsolutePath());
    }
    return new DataFolder(root);
  }

  /**
   * Finds the data folder from the system property or the working directory.
   *
   * @return the folder
   * @throws IllegalStateException if neither the property nor a parent of the working directory gives one
   */
  public static DataFolder locate() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return of(Path.of(property));
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("data");
      if (Files.isDirectory(candidate.resolve("reference"))) {
        return new DataFolder(candidate);
      }
    }
    throw new IllegalStateException("no data/reference folder in " + start + " or its parents; run from the"
        + " project root or pass -D" + PROPERTY + "=<path to data>");
  }

  /** {@return the folder itself} */
  public Path root() {
    return root;
  }

  /**
   * A file of {@code data/reference/}.
   *
   * @param name the file name, possibly under {@code real/}, not null
   * @return its path
   */
  public Path reference(String name) {
    return root.resolve("reference").resolve(Objects.requireNonNull(name, "name"));
  }

  /**
   * A plan file of {@code data/plans/}.
   *
   * @param name the file name, e.g. {@code "cremona-pdz-2015-2017.json"}, not null
   * @return its path
   */
  public Path plan(String name) {
    return root.resolve("plans").resolve(Objects.requireNonNull(name, "name"));
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
