package io.github.socialplan.benchmarks.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes the synthetic all-Italy POSAS file (<i>file POSAS sintetico</i>) the benchmarks read.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar \
 *     io.github.socialplan.benchmarks.synthetic.GenerateSyntheticPosas [file] [seed]
 * java -cp benchmarks/target/benchmarks.jar \
 *     io.github.socialplan.benchmarks.synthetic.GenerateSyntheticPosas --series DIR
 * </pre>
 *
 * <p>Defaults: {@value #DEFAULT_FILE} (relative to the working directory) and
 * {@link SyntheticItaly#DEFAULT_SEED}. The same seed always writes the same bytes.
 */
public final class GenerateSyntheticPosas {

  /** Where the file goes unless told otherwise. */
  public static final String DEFAULT_FILE = "benchmarks/target/posas-italy-synthetic.csv";

  /** The reference year written in the title. */
  public static final int YEAR = 2025;

  private GenerateSyntheticPosas() {}

  /**
   * Generates the file.
   *
   * @param args optional file path, then optional seed; or {@code --series DIR} for the eight years of
   *     {@link SyntheticSeries} in that directory
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("--series")) {
      for (Path f : SyntheticSeries.ensure(Path.of(args[1]), SyntheticItaly.COMUNI)) {
        System.out.printf(Locale.ROOT, "%s: %d bytes%n", f, Files.size(f));
      }
      return;
    }
    Path file = Path.of(args.length > 0 ? args[0] : DEFAULT_FILE);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : SyntheticItaly.DEFAULT_SEED;
    List<SyntheticComune> italy = SyntheticItaly.generate(seed);
    PosasFile.write(italy, YEAR, file);
    long residents = 0;
    for (SyntheticComune c : italy) {
      residents += c.males() + c.females();
    }
    System.out.printf(Locale.ROOT, "wrote %s: %d comuni, %d residents, %d bytes (seed %d)%n", file,
        italy.size(), residents, Files.size(file), seed);
  }

  /**
   * The default file, generated with the default seed if it does not exist yet.
   *
   * @param file where it is or goes
   * @return the file
   * @throws IOException if it cannot be written
   */
  public static Path ensure(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      // Write aside and move, so an interrupted run never leaves a truncated file that looks done.
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      PosasFile.write(SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED), YEAR, partial);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return file;
  }
}
