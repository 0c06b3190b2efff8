package io.github.socialplan.budget.testing;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.socialplan.core.testing.ReferenceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Reads the project's reference CSV files (quoted fields, {@code #} source lines) as rows of text. */
public final class Csv {

  private Csv() {}

  /**
   * All rows of a reference file, the header first, {@code #} lines skipped, values as written.
   *
   * @param name the file name under {@code data/reference}
   * @return the rows
   */
  public static List<List<String>> rows(String name) {
    Path p = ReferenceFiles.path(name);
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it =
        mapper
            .readerForListOf(String.class)
            .with(CsvSchema.emptySchema().withComments())
            .readValues(p.toFile())) {
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
