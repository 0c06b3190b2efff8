package io.github.socialplan.benchmarks.synthetic;

import io.github.socialplan.core.population.Population;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes comuni in the format of ISTAT's "Popolazione residente per età e sesso al 1° gennaio" per comune
 * (<i>POSAS</i>), byte for byte as ISTAT publishes it: a quoted title line, the quoted header, one row per
 * comune and age {@code "028001";"Abano Terme";0;57;48;105} for ages 0..100, then the comune's {@code 999}
 * total row, and the quoted footnote; {@code ;} separator, {@code \n} line ends, UTF-8 without BOM.
 *
 * <pre>{@code
 * PosasFile.write(SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED), 2025, Path.of("italy.csv"));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PosasFile {

  /** The header line, as ISTAT writes it. */
  public static final String HEADER =
      "\"Codice comune\";\"Comune\";\"Età\";\"Totale maschi\";\"Totale femmine\";\"Totale\"";

  /** The footnote line that ends ISTAT's 2025 file. */
  public static final String FOOTNOTE = "\"Nota: lo stato civile è in corso di validazione.\"";

  /** The age code of a comune's total row. */
  public static final int TOTAL_ROW_AGE = 999;

  private PosasFile() {}

  /**
   * The title line for a year.
   *
   * @param year the reference year (population on 1 January)
   * @return {@code "Popolazione residente per età e sesso al 1° gennaio 2025"} with its quotes
   */
  public static String title(int year) {
    return "\"Popolazione residente per età e sesso al 1° gennaio " + year + "\"";
  }

  /**
   * Writes the file, creating its parent folders.
   *
   * @param comuni not null
   * @param year the reference year of the title
   * @param file not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Iterable<SyntheticComune> comuni, int year, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      write(comuni, year, out);
    }
  }

  /**
   * Writes the file to a stream (not closed).
   *
   * @param comuni not null
   * @param year the reference year of the title
   * @param out not null
   * @throws IOException if the stream fails
   */
  public static void write(Iterable<SyntheticComune> comuni, int year, OutputStream out) throws IOException {
    Objects.requireNonNull(comuni, "comuni");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    writer.write(title(year));
    writer.write('\n');
    writer.write(HEADER);
    writer.write('\n');
    StringBuilder line = new StringBuilder(64);
    for (SyntheticComune c : comuni) {
      String prefix = "\"" + c.code() + "\";\"" + c.name() + "\";";
      long males = 0;
      long females = 0;
      for (int age = 0; age <= Population.MAX_AGE; age++) {
        int m = c.male(age);
        int f = c.female(age);
        males += m;
        females += f;
        row(writer, line, prefix, age, m, f);
      }
      row(writer, line, prefix, TOTAL_ROW_AGE, males, females);
    }
    writer.write(FOOTNOTE);
    writer.write('\n');
    writer.flush();
  }

  private static void row(Writer writer, StringBuilder line, String prefix, int age, long m, long f)
      throws IOException {
    line.setLength(0);
    line.append(prefix).append(age).append(';').append(m).append(';').append(f).append(';').append(m + f)
        .append('\n');
    writer.append(line);
  }
}
