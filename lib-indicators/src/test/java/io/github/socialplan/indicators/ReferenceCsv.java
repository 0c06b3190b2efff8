package io.github.socialplan.indicators;

import io.github.socialplan.core.testing.ReferenceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's small reference CSVs (no quoted commas in them): {@code #} lines are comments, the
 * first other line the header; each row is a map from column to text.
 */
public final class ReferenceCsv {

  private ReferenceCsv() {}

  public static List<Map<String, String>> rows(String name) {
    Path path = ReferenceFiles.path(name);
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] header = null;
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (header == null) {
        header = cells;
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i].trim(), cells[i].trim());
      }
      rows.add(row);
    }
    return rows;
  }

  /** The row whose first column equals {@code key}. */
  public static Map<String, String> row(String name, String key) {
    for (Map<String, String> row : rows(name)) {
      if (row.values().iterator().next().equals(key)) {
        return row;
      }
    }
    throw new IllegalArgumentException("no row " + key + " in " + name);
  }

  /** The {@code value} column of a fact in {@code cremona-facts.csv}. */
  public static String fact(String fact) {
    return row("cremona-facts.csv", fact).get("value");
  }
}
