package io.github.socialplan.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table with aligned columns (<i>tabella</i>): the first column left-aligned, the others
 * right-aligned, as numbers are; two spaces between columns and a rule under the header.
 *
 * <pre>{@code
 * TextTable t = new TextTable("indicator", "computed", "published");
 * t.row("indice di vecchiaia", "195.4", "195.4");
 * t.print(System.out);
 * }</pre>
 *
 * <p>Not thread-safe.
 */
final class TextTable {

  private final String[] header;
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] left;

  TextTable(String... header) {
    this.header = header.clone();
    this.left = new boolean[header.length];
    this.left[0] = true;
  }

  /** Left-aligns a column (a text column other than the first). */
  TextTable leftAligned(int column) {
    left[column] = true;
    return this;
  }

  /** Adds a row; missing trailing cells are empty. */
  TextTable row(String... cells) {
    if (cells.length > header.length) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, the table " + header.length + ": " + Arrays.toString(cells));
    }
    String[] r = new String[header.length];
    Arrays.fill(r, "");
    for (int i = 0; i < cells.length; i++) {
      r[i] = Objects.requireNonNull(cells[i], "cell");
    }
    rows.add(r);
    return this;
  }

  void print(PrintStream out) {
    int[] width = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      width[c] = header[c].length();
      for (String[] r : rows) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    line(out, header, width);
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < width.length; c++) {
      rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
    }
    out.println(rule);
    for (String[] r : rows) {
      line(out, r, width);
    }
  }

  private void line(PrintStream out, String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        sb.append("  ");
      }
      String pad = " ".repeat(width[c] - cells[c].length());
      sb.append(left[c] ? cells[c] + pad : pad + cells[c]);
    }
    out.println(sb.toString().stripTrailing());
  }
}
