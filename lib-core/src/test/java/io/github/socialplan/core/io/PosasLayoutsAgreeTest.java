package io.github.socialplan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.testing.PropertyRuns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The same comuni written in ISTAT's three layouts (since 2021; 2019-2020 national; per province up to 2018,
 * as {@code data/reference/real/posas-layouts.md} quotes them) read into the same figures: the same comuni
 * with the same populations, the same report, and the same problems of the same kinds on the same rows (a
 * per-province file has one line more before its rows, the {@code "Provincia:"} line). Each generated comune
 * is whole or has one defect: missing ages, a total row that disagrees with the ages, no total row, or a row
 * whose parts do not add up to its total. Ages come in any order.
 */
class PosasLayoutsAgreeTest {

  private static final long SEED = 20_200_101L;
  private static final String[] NAMES = {"Agira", "Agliè", "Forlì", "Sant'Agata di Militello", "Aidone"};

  @TempDir Path dir;

  private static int in(RandomnessSource r, int min, int max) {
    return (int) (long) Generate.longRange(min, max).generate(r);
  }

  /** One comune: its counts by age, and what is wrong with its rows (0 nothing). */
  record Comune(String code, String name, int[] male, int[] female, int[] order, int defect, int from, int to,
      int[][] maritalMale, int[][] maritalFemale) {}

  private static int[][] marital(RandomnessSource r, int[] counts) {
    int[][] parts = new int[counts.length][4];
    for (int a = 0; a < counts.length; a++) {
      int left = counts[a];
      for (int k = 0; k < 3; k++) {
        parts[a][k] = in(r, 0, left);
        left -= parts[a][k];
      }
      parts[a][3] = left;
    }
    return parts;
  }

  private static Gen<List<Comune>> files() {
    return r -> {
      List<Comune> comuni = new ArrayList<>();
      int number = 0;
      for (int n = in(r, 1, 4); n > 0; n--) {
        number += in(r, 1, 30);
        int[] male = new int[101];
        int[] female = new int[101];
        for (int a = 0; a <= 100; a++) {
          male[a] = in(r, 0, a < 90 ? 400 : 5);
          female[a] = in(r, 0, a < 90 ? 400 : 5);
        }
        int[] order = new int[101];
        for (int a = 0; a <= 100; a++) {
          order[a] = a;
        }
        if (in(r, 0, 2) == 0) {
          for (int a = 100; a > 0; a--) {
            int b = in(r, 0, a);
            int t = order[a];
            order[a] = order[b];
            order[b] = t;
          }
        }
        int from = in(r, 0, 100);
        comuni.add(new Comune(String.format(Locale.ROOT, "086%03d", number), NAMES[in(r, 0, NAMES.length - 1)],
            male, female, order, in(r, 0, 8) < 4 ? 0 : in(r, 1, 5), from, in(r, from, Math.min(100, from + 3)),
            marital(r, male), marital(r, female)));
      }
      return comuni;
    };
  }

  /** The rows of a comune: {code, name, age, males, females, marital parts...}, with its defect. */
  private interface RowWriter {
    String row(Comune c, String age, long male, long female, int[] maleParts, int[] femaleParts, boolean spoilt);
  }

  private static List<String> rows(List<Comune> comuni, String totalAge, RowWriter w) {
    List<String> lines = new ArrayList<>();
    for (Comune c : comuni) {
      long m = 0;
      long f = 0;
      int[] maleTotal = new int[4];
      int[] femaleTotal = new int[4];
      for (int i = 0; i <= 100; i++) {
        int a = c.order()[i];
        if (c.defect() == 1 && a >= c.from() && a <= c.to()) {
          continue; // missing ages
        }
        m += c.male()[a];
        f += c.female()[a];
        for (int k = 0; k < 4; k++) {
          maleTotal[k] += c.maritalMale()[a][k];
          femaleTotal[k] += c.maritalFemale()[a][k];
        }
        lines.add(w.row(c, Integer.toString(a), c.male()[a], c.female()[a], c.maritalMale()[a],
            c.maritalFemale()[a], c.defect() == 5 && a == c.from()));
      }
      if (c.defect() == 1) {
        // the total row says what the whole comune has, the missing ages included
        for (int a = c.from(); a <= c.to(); a++) {
          m += c.male()[a];
          f += c.female()[a];
          for (int k = 0; k < 4; k++) {
            maleTotal[k] += c.maritalMale()[a][k];
            femaleTotal[k] += c.maritalFemale()[a][k];
          }
        }
      }
      if (c.defect() == 2) {
        m += 1;
        maleTotal[0] += 1;
      }
      if (c.defect() == 3) {
        f += 2;
        femaleTotal[0] += 2;
      }
      if (c.defect() != 4) {
        lines.add(w.row(c, totalAge, m, f, maleTotal, femaleTotal, false));
      }
    }
    return lines;
  }

  private static String current(Comune c, String age, long male, long female, int[] mp, int[] fp,
      boolean spoilt) {
    return String.format(Locale.ROOT, "\"%s\";\"%s\";%s;%d;%d;%d", c.code(), c.name(), age, male, female,
        male + female + (spoilt ? 1 : 0));
  }

  /** The marital-status columns, then the sex's total; civil unions empty; celibi one more if spoilt. */
  private static String legacyCounts(long male, long female, int[] mp, int[] fp, boolean spoilt) {
    return String.format(Locale.ROOT, "%d,%d,%d,%d,,,,%d,%d,%d,%d,%d,,,,%d", mp[0] + (spoilt ? 1 : 0), mp[1],
        mp[2], mp[3], male, fp[0], fp[1], fp[2], fp[3], female);
  }

  private static String national(Comune c, String age, long male, long female, int[] mp, int[] fp,
      boolean spoilt) {
    return Integer.parseInt(c.code()) + "," + c.name() + "," + age + "," + legacyCounts(male, female, mp, fp, spoilt);
  }

  private static String province(Comune c, String age, long male, long female, int[] mp, int[] fp,
      boolean spoilt) {
    return "\"" + c.code() + "\",\"" + c.name() + "\"," + age + "," + legacyCounts(male, female, mp, fp, spoilt);
  }

  private PosasData read(String name, List<String> lines) {
    try {
      return PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(TextFiles.write(dir, name, lines));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A problem without its words, which name each layout's own total row: comune, lines shifted, kinds. */
  private static String problem(PosasProblem p, int shift) {
    return p.code() + " " + p.name() + " " + (p.firstLine() - shift) + "-" + (p.lastLine() - shift) + " "
        + p.kinds();
  }

  private static void assertSame(PosasData expected, PosasData actual, int shift, String layout) {
    assertEquals(expected.comuni(), actual.comuni(), layout);
    assertEquals(expected.report().year(), actual.report().year(), layout);
    assertEquals(expected.report().comuni(), actual.report().comuni(), layout);
    assertEquals(expected.report().dataRows(), actual.report().dataRows(), layout);
    assertEquals(expected.report().problems().stream().map(p -> problem(p, 0)).toList(),
        actual.report().problems().stream().map(p -> problem(p, shift)).toList(), layout);
  }

  @Test
  void theSameComuni_inEachLayout_readIntoTheSameFigures() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(150)).forAll(files()).checkAssert(comuni -> {
      List<String> current = new ArrayList<>(List.of(
          "\"Popolazione residente per età e sesso al 1° gennaio 2020\"",
          "\"Codice comune\";\"Comune\";\"Età\";\"Totale maschi\";\"Totale femmine\";\"Totale\""));
      current.addAll(rows(comuni, "999", PosasLayoutsAgreeTest::current));
      current.add("\"Nota: dati di prova.\"");
      List<String> national = new ArrayList<>(List.of("\"Popolazione residente al 1° Gennaio 2020 per sesso età (b)"
          + " e stato civile post censimento (n)\"", String.join(",", PosasLegacyReader.HEADER)));
      national.addAll(rows(comuni, "999", PosasLayoutsAgreeTest::national));
      national.add("\"(b) Età in anni compiuti.\"");
      national.add("\"(n) Dati post censimento.\"");
      List<String> province = new ArrayList<>(List.of("Popolazione residente al 1° Gennaio 2020 per età sesso e"
          + " stato civile", "\"Provincia:\",\"Enna\",\"Codice Provincia:\",\"086\"",
          "\"" + String.join("\",\"", PosasLegacyReader.HEADER) + "\""));
      province.addAll(rows(comuni, "Totale", PosasLayoutsAgreeTest::province));

      PosasData fromCurrent = read("current.csv", current);
      int whole = (int) comuni.stream().filter(c -> c.defect() == 0).count();
      assertEquals(whole, fromCurrent.comuni().size(), "every whole comune, and only those, is delivered");
      assertEquals(comuni.size() - whole, fromCurrent.report().problems().size());
      assertSame(fromCurrent, read("national.csv", national), 0, "2019-2020 national");
      assertSame(fromCurrent, read("province.csv", province), 1, "per province up to 2018");
    });
  }
}
