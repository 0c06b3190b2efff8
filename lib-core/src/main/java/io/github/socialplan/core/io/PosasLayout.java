package io.github.socialplan.core.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The layouts in which ISTAT has published the resident population by comune, single year of age and sex
 * (<i>tracciati POSAS</i>), recognised from a file's first lines.
 */
public enum PosasLayout {
  /** Since 2021: title, {@code ;}-separated quoted header with totals by sex, ages 0..100 and {@code 999}. */
  CURRENT,
  /**
   * 2019-2020, one national file: {@code ,}-separated, codes written as numbers, two title lines (title and
   * header), males and females by marital status with their totals, the {@code 999} total row, notes at
   * the end.
   */
  NATIONAL_2019,
  /**
   * Up to 2018, one file per province: a title, a {@code "Provincia:"} line, a quoted {@code ,}-separated
   * header as in 2019-2020, quoted codes, and a {@code Totale} row per comune instead of {@code 999}.
   */
  PROVINCE_2018;

  /** How many bytes of a file's start are enough to tell its layout. */
  static final int HEAD_BYTES = 4096;

  /**
   * The layout of a file from its first bytes.
   *
   * @param head the first bytes of the file (up to {@link #HEAD_BYTES})
   * @param length how many of them there are
   * @param source the file name for messages
   * @return the layout; {@link #CURRENT} also for an empty file, which the current reader reports
   * @throws DataFileException if the first line is neither a title nor a header of a known layout
   */
  static PosasLayout detect(byte[] head, int length, String source) {
    int[] firstLine = new int[1];
    List<String> lines = firstLines(head, length, firstLine);
    if (lines.isEmpty()) {
      return CURRENT;
    }
    for (String l : lines) {
      String t = l.strip();
      if (t.startsWith("\"Provincia:\"") || t.startsWith("Provincia:")) {
        return PROVINCE_2018;
      }
      String lower = t.toLowerCase(Locale.ROOT);
      if (lower.startsWith("codice comune,") || lower.startsWith("\"codice comune\",")) {
        return NATIONAL_2019;
      }
    }
    String first = lines.get(0);
    String lower = first.toLowerCase(Locale.ROOT);
    if (!lower.contains("codice comune") && !lower.contains("popolazione")) {
      throw new DataFileException(source, firstLine[0], "layout not recognised as one of ISTAT's"
          + " population files by age and sex (since 2021, 2019-2020 national, up to 2018 per province);"
          + " first line: '" + (first.length() > 200 ? first.substring(0, 200) + "..." : first) + "'");
    }
    return CURRENT;
  }

  /**
   * The layout of a stream, whose first bytes are read and pushed back.
   *
   * @param in a stream that can push back {@link #HEAD_BYTES}
   * @param source the name for messages
   * @return the layout
   * @throws DataFileException if the layout is not recognised
   */
  static PosasLayout detect(java.io.PushbackInputStream in, String source) throws java.io.IOException {
    byte[] head = in.readNBytes(HEAD_BYTES);
    in.unread(head);
    return detect(head, head.length, source);
  }

  /**
   * The layout of a file.
   *
   * @param file not null
   * @return the layout
   * @throws DataFileException if the layout is not recognised
   */
  static PosasLayout detect(java.nio.file.Path file) throws java.io.IOException {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      byte[] head = in.readNBytes(HEAD_BYTES);
      return detect(head, head.length, file.toString());
    }
  }

  /** Up to three lines after leading comments and blank lines, decoded leniently, without a BOM. */
  private static List<String> firstLines(byte[] head, int length, int[] firstLine) {
    String text = new String(head, 0, length, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> out = new ArrayList<>(3);
    int number = 0;
    for (String l : text.split("\r?\n", -1)) {
      number++;
      if (out.size() == 3) {
        break;
      }
      if (l.isBlank() || (out.isEmpty() && l.startsWith("#"))) {
        continue;
      }
      if (out.isEmpty()) {
        firstLine[0] = number;
      }
      out.add(l);
    }
    return out;
  }
}
