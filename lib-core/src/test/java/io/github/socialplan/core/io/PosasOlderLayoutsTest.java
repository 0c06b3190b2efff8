package io.github.socialplan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.testing.ReferenceFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ISTAT's older layouts (2019-2020 national file, per-province files up to 2018), recognised by
 * {@link PosasReader} and read with the same checks; the expected figures are the lines quoted in
 * {@code data/reference/real/posas-layouts.md}.
 */
class PosasOlderLayoutsTest {

  @TempDir
  Path dir;

  /** The data lines quoted in the layouts document that start with a prefix. */
  private static List<String[]> documented(String prefix) throws IOException {
    return Files.readAllLines(ReferenceFiles.path("real/posas-layouts.md"), StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(l -> l.startsWith(prefix)).map(l -> l.split(",", -1))
        .collect(Collectors.toList());
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = PosasOlderLayoutsTest.class.getResourceAsStream("/io/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path write(String text) throws IOException {
    Path p = dir.resolve("posas.csv");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void theNationalFileOf2020IsRecognisedAndRead() throws IOException {
    Path p = write(fixture("posas-2020-national.csv"));
    PosasData data = PosasReader.of().readAll(p);
    assertEquals(2020, data.report().year());
    assertEquals(2, data.comuni().size());
    assertTrue(data.report().isClean());
    Population aglie = data.get(IstatCode.ofNumber(1001)).orElseThrow().population();
    List<String[]> lines = documented("1001,");
    assertEquals(3, lines.size());
    for (String[] l : lines) {
      int age = Integer.parseInt(l[2]);
      assertEquals(Integer.parseInt(l[10]), aglie.count(Sex.MALE, age));
      assertEquals(Integer.parseInt(l[18]), aglie.count(Sex.FEMALE, age));
    }
    // Same result through the stream entry point.
    try (InputStream in = Files.newInputStream(p)) {
      assertEquals(data.comuni(), PosasReader.of().readAll(in, "national").comuni());
    }
  }

  @Test
  void theProvinceFileOf2018IsRecognisedAndItsTotaleRowChecked() throws IOException {
    PosasData data = PosasReader.of().readAll(write(fixture("posas-2018-province.csv")));
    assertEquals(2018, data.report().year());
    List<String[]> agiraLines = documented("\"086001\"");
    String[] totale = agiraLines.stream().filter(l -> l[2].equals("Totale")).findFirst().orElseThrow();
    Population agira = data.get(IstatCode.parse("086001")).orElseThrow().population();
    assertEquals(Long.parseLong(totale[10]), agira.males());
    assertEquals(Long.parseLong(totale[18]), agira.females());
    for (String[] l : agiraLines) {
      if (!l[2].equals("Totale")) {
        assertEquals(Integer.parseInt(l[10]), agira.count(Sex.MALE, Integer.parseInt(l[2])));
      }
    }
    assertEquals(2, data.comuni().size());
  }

  @Test
  void aMissingAgeIsReportedWithItsLinesInEachLayout() throws IOException {
    for (String name : List.of("posas-2020-national.csv", "posas-2018-province.csv")) {
      List<String> lines = new ArrayList<>(List.of(fixture(name).split("\n")));
      boolean national = name.contains("2020");
      String age50 = national ? "1002,Airasca,50," : "\"086002\",\"Aidone\",50,";
      int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(age50)).findFirst().orElseThrow());
      lines.remove(at);
      int first = lines.indexOf(lines.stream().filter(l -> l.startsWith(national ? "1002," : "\"086002\""))
          .findFirst().orElseThrow()) + 1;
      int last = first + 100; // 101 rows: ages 0..100 but 50, then the total row
      Path p = write(String.join("\n", lines) + "\n");
      PosasData data = PosasReader.of().withPolicy(ProblemPolicy.SKIP).readAll(p);
      assertEquals(1, data.comuni().size());
      PosasProblem problem = data.report().problems().get(0);
      String code = national ? "001002" : "086002";
      assertEquals("lines " + first + "-" + last + ": comune " + code + " (" + (national ? "Airasca" : "Aidone")
          + ") is incomplete: age 50 missing", problem.message());
      DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
      assertTrue(e.getMessage().startsWith(p + ", lines " + first + "-" + last + ": comune " + code), e.getMessage());
    }
  }

  @Test
  void maritalStatusColumnsMustAddUpToTheSexTotal() throws IOException {
    String text = fixture("posas-2018-province.csv")
        .replace("\"086001\",\"Agira\",1,38,0,0,0,,,,38,", "\"086001\",\"Agira\",1,37,0,0,0,,,,38,");
    Path p = write(text);
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertTrue(e.getMessage().contains("at line 6 (age 1) males by marital status add up to 37, 'Totale Maschi' is 38"),
        e.getMessage());
  }

  @Test
  void anUnrecognisedLayoutShowsTheFirstLine() throws IOException {
    Path p = write("# a comment\nanno,comune,residenti\n2020,Agliè,2562\n");
    DataFileException e = assertThrows(DataFileException.class, () -> PosasReader.of().readAll(p));
    assertEquals(p + ", line 2: layout not recognised as one of ISTAT's population files by age and sex (since"
        + " 2021, 2019-2020 national, up to 2018 per province); first line: 'anno,comune,residenti'", e.getMessage());
    try (InputStream in = Files.newInputStream(p)) {
      assertThrows(DataFileException.class, () -> PosasReader.of().readAll(in, "stream"));
    }
  }
}
