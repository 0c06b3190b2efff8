package io.github.socialplan.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.testing.ReferenceFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticItalyTest {

  private static byte[] italyFile;
  private static List<String> lines;

  @BeforeAll
  static void generateOnce() throws IOException {
    italyFile = bytes(SyntheticItaly.DEFAULT_SEED);
    lines = new String(italyFile, StandardCharsets.UTF_8).lines().collect(Collectors.toList());
  }

  private static byte[] bytes(long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 25);
    PosasFile.write(SyntheticItaly.generate(seed), GenerateSyntheticPosas.YEAR, out);
    return out.toByteArray();
  }

  @Test
  void generate_withTheSameSeed_writesTheSameBytes() throws IOException {
    assertArrayEquals(italyFile, bytes(SyntheticItaly.DEFAULT_SEED));
  }

  @Test
  void generate_withAnotherSeed_writesAnotherItaly() throws IOException {
    assertFalse(java.util.Arrays.equals(italyFile, bytes(SyntheticItaly.DEFAULT_SEED + 1)));
  }

  @Test
  void file_titleHeaderAndFootnote_areIstatsOwnLines() throws IOException {
    // The real sample's lines below its one comment line are ISTAT's own.
    List<String> sample = Files.readAllLines(ReferenceFiles.path("real/posas-2025-sample.csv"),
        StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).collect(Collectors.toList());
    assertEquals(sample.get(0), lines.get(0));
    assertEquals(sample.get(1), lines.get(1));
    assertEquals(sample.get(sample.size() - 1), lines.get(lines.size() - 1));
    assertFalse(italyFile[0] == (byte) 0xEF, "no BOM");
    assertFalse(new String(italyFile, StandardCharsets.UTF_8).contains("\r"), "\\n line ends");
  }

  @Test
  void file_isAboutThirtyMegabytes() {
    assertTrue(italyFile.length > 25_000_000 && italyFile.length < 40_000_000, "size " + italyFile.length);
  }

  @Test
  void file_everyComuneHasAges0to100ThenA999RowThatAddsUp() {
    List<String> rows = lines.subList(2, lines.size() - 1);
    assertEquals(SyntheticItaly.COMUNI * 102, rows.size());
    Set<String> codes = new HashSet<>();
    Set<String> provinces = new HashSet<>();
    long italyMales = 0;
    long italyFemales = 0;
    for (int start = 0; start < rows.size(); start += 102) {
      String[] first = rows.get(start).split(";", -1);
      String code = first[0];
      assertTrue(code.matches("\"\\d{6}\""), "code " + code);
      assertTrue(codes.add(code), "code once " + code);
      provinces.add(code.substring(1, 4));
      long m = 0;
      long f = 0;
      for (int age = 0; age <= 101; age++) {
        String[] cells = rows.get(start + age).split(";", -1);
        assertEquals(6, cells.length, rows.get(start + age));
        assertEquals(code, cells[0]);
        assertEquals(first[1], cells[1]);
        assertTrue(cells[1].startsWith("\"") && cells[1].endsWith("\"") && cells[1].length() > 2);
        int rowMales = Integer.parseInt(cells[3]);
        int rowFemales = Integer.parseInt(cells[4]);
        assertTrue(rowMales >= 0 && rowFemales >= 0, rows.get(start + age));
        assertEquals(rowMales + rowFemales, Integer.parseInt(cells[5]), rows.get(start + age));
        if (age <= 100) {
          assertEquals(age, Integer.parseInt(cells[2]));
          m += rowMales;
          f += rowFemales;
        } else {
          assertEquals(999, Integer.parseInt(cells[2]));
          assertEquals(m, rowMales, code);
          assertEquals(f, rowFemales, code);
        }
      }
      italyMales += m;
      italyFemales += f;
    }
    assertEquals(107, provinces.size());
    long residents = italyMales + italyFemales;
    // Italy had 58,934,177 residents on 1 January 2025; women are the majority.
    assertTrue(residents > 50_000_000 && residents < 68_000_000, "residents " + residents);
    assertTrue(italyFemales > italyMales);
  }

  @Test
  void italy_hasAnItalianLikeAgeStructure() {
    long[] byAge = new long[101];
    for (SyntheticComune c : SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED)) {
      for (int a = 0; a <= 100; a++) {
        byAge[a] += c.male(a) + c.female(a);
      }
    }
    long young = 0;
    long old = 0;
    for (int a = 0; a <= 100; a++) {
      young += a <= 14 ? byAge[a] : 0;
      old += a >= 65 ? byAge[a] : 0;
    }
    double oldAgeIndex = 100.0 * old / young;
    // ISTAT: Italy's old-age index was 199.8 on 1 January 2024.
    assertTrue(oldAgeIndex > 170 && oldAgeIndex < 230, "old-age index " + oldAgeIndex);
  }

  @Test
  void generate_withTooFewComuni_namesTheNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SyntheticItaly.generate(1, 100));
    assertTrue(e.getMessage().contains("100"), e.getMessage());
  }
}
