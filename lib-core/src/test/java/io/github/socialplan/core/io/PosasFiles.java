package io.github.socialplan.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes small POSAS files in ISTAT's format for tests: title (line 1), header (line 2), rows, footnote. */
final class PosasFiles {

  static final String TITLE = "\"Popolazione residente per età e sesso al 1° gennaio 2025\"";
  static final String HEADER =
      "\"Codice comune\";\"Comune\";\"Età\";\"Totale maschi\";\"Totale femmine\";\"Totale\"";
  static final String FOOTNOTE = "\"Nota: lo stato civile è in corso di validazione.\"";

  private PosasFiles() {}

  /** The 102 rows of a comune (ages 0..100 and the 999 row) with the given counts. */
  static List<String> comune(String code, String name, int[] male, int[] female) {
    List<String> rows = new ArrayList<>();
    long m = 0;
    long f = 0;
    for (int age = 0; age <= 100; age++) {
      rows.add(row(code, name, age, male[age], female[age]));
      m += male[age];
      f += female[age];
    }
    rows.add(String.format(Locale.ROOT, "\"%s\";\"%s\";999;%d;%d;%d", code, name, m, f, m + f));
    return rows;
  }

  /** A comune whose count of each sex at age a is a + offset. */
  static List<String> comune(String code, String name, int offset) {
    int[] male = new int[101];
    int[] female = new int[101];
    for (int a = 0; a <= 100; a++) {
      male[a] = a + offset;
      female[a] = a + offset + 1;
    }
    return comune(code, name, male, female);
  }

  static String row(String code, String name, int age, long male, long female) {
    return String.format(Locale.ROOT, "\"%s\";\"%s\";%d;%d;%d;%d", code, name, age, male, female,
        male + female);
  }

  /** Title, header, the rows, footnote; one line each, "\n" endings. */
  static List<String> file(List<String> rows) {
    List<String> lines = new ArrayList<>();
    lines.add(TITLE);
    lines.add(HEADER);
    lines.addAll(rows);
    lines.add(FOOTNOTE);
    return lines;
  }

  static Path write(Path dir, List<String> lines) throws IOException {
    return TextFiles.write(dir, "posas.csv", lines);
  }

  static Path write(Path dir, String text) throws IOException {
    Path p = dir.resolve("posas.csv");
    Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    return p;
  }

  @SafeVarargs
  static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> p : parts) {
      all.addAll(p);
    }
    return all;
  }
}
