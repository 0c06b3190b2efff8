package io.github.socialplan.benchmarks.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Eight synthetic years of the all-Italy POSAS file (<i>serie storica sintetica</i>), 2018 to 2025, for the
 * series benchmark: the same comuni every year (codes and provinces of the default file), each year's
 * counts and names drawn from its own seed, and a population that ages a little each year. The 2025 file is
 * byte for byte the default single-year file.
 *
 * <pre>{@code
 * List<Path> files = SyntheticSeries.ensure(Path.of("benchmarks/target/series"), SyntheticItaly.COMUNI);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SyntheticSeries {

  /** The first year of the series. */
  public static final int FIRST_YEAR = 2018;
  /** The last year of the series: the year of the default file. */
  public static final int LAST_YEAR = GenerateSyntheticPosas.YEAR;
  /** The tilt towards the old added per year (see {@link SyntheticItaly#generate(long, long, int, double)}). */
  public static final double AGEING_PER_YEAR = 0.02;

  private SyntheticSeries() {}

  /**
   * The comuni of one year of the series.
   *
   * @param year {@link #FIRST_YEAR}..{@link #LAST_YEAR}
   * @param comuni at least {@code 107 * 6}
   * @return the comuni in code order
   */
  public static List<SyntheticComune> year(int year, int comuni) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("year must be in " + FIRST_YEAR + ".." + LAST_YEAR + ": " + year);
    }
    int before = LAST_YEAR - year;
    return SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED, SyntheticItaly.DEFAULT_SEED - before, comuni,
        -AGEING_PER_YEAR * before);
  }

  /**
   * The file of each year in a directory, {@code posas-italy-synthetic-2018.csv} and so on, written if
   * missing (aside first, then moved, so an interrupted run leaves no truncated file that looks done).
   *
   * @param dir the directory, made if missing, not null
   * @param comuni at least {@code 107 * 6}
   * @return the eight files, oldest first
   * @throws IOException if a file cannot be written
   */
  public static List<Path> ensure(Path dir, int comuni) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      Path file = dir.resolve("posas-italy-synthetic-" + y + ".csv");
      if (!Files.isRegularFile(file)) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        PosasFile.write(year(y, comuni), y, partial);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      files.add(file);
    }
    return files;
  }
}
