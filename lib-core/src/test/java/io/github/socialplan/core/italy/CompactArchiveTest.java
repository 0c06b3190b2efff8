package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.testing.ReferenceFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact form of ANPR's archive that the build writes: what is written reads back, and a bad stream is refused. */
class CompactArchiveTest {

  /** Real rows of the archive: Abano (two periods under one code), Abbadia Cerreto, Bolzano (Bozen). */
  private static final List<String> ROWS = rows();

  @TempDir
  Path dir;

  private static List<String> rows() {
    try {
      List<String> all = Files.readAllLines(ReferenceFiles.path("real/anpr-archivio-comuni.csv"),
          StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).collect(Collectors.toList());
      List<String> out = new ArrayList<>(List.of(all.get(0)));
      all.stream().filter(l -> l.contains(",\"A001\",") || l.contains(",\"A004\",") || l.contains(",\"A952\","))
          .forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ComunePeriod> periods() throws IOException {
    byte[] csv = (String.join("\n", ROWS) + "\n").getBytes(StandardCharsets.UTF_8);
    return ItalyRegistry.sorted(ItalyRegistry.readArchive(new ByteArrayInputStream(csv), "rows.csv"));
  }

  private static byte[] written(List<ComunePeriod> periods) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompactArchive.write(periods, out);
    return out.toByteArray();
  }

  private static List<ComunePeriod> read(byte[] bytes) throws IOException {
    return CompactArchive.read(new ByteArrayInputStream(bytes), "copy.bin");
  }

  /** A stream of the format's header: magic, version, the codes and the count of periods. */
  private static byte[] header(int magic, int version, List<String> codes, int nCodes, int nPeriods)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(bytes);
    d.writeInt(magic);
    d.writeInt(version);
    d.writeInt(nCodes);
    for (String s : codes) {
      d.writeUTF(s);
    }
    d.writeInt(nPeriods);
    d.flush();
    return bytes.toByteArray();
  }

  private static IOException refused(byte[] bytes) {
    return assertThrows(IOException.class, () -> read(bytes));
  }

  @Test
  void whatIsWritten_readsBackEqual_withEachShortCodeOnce() throws IOException {
    List<ComunePeriod> periods = periods();
    assertEquals(ROWS.size() - 1, periods.size());
    byte[] bytes = written(periods);
    assertEquals(periods, read(bytes));
    ByteBuffer b = ByteBuffer.wrap(bytes);
    assertEquals(0x53504931, b.getInt(), "magic SPI1");
    assertEquals(1, b.getInt(), "version");
    Set<String> codes = new HashSet<>();
    periods.forEach(p -> codes.addAll(List.of(p.cadastralCode(), p.provinceCode(), p.provinceAbbreviation(),
        p.regionCode())));
    assertEquals(codes.size(), b.getInt());
    List<ComunePeriod> one = List.of(periods.get(0));
    assertEquals(one, read(written(one)));
  }

  @Test
  void theBuildStep_writesTheCompactFormOfACsv() throws IOException {
    Path csv = Files.write(dir.resolve("anpr.csv"), ROWS, StandardCharsets.UTF_8);
    Path out = dir.resolve("generated").resolve("anpr.bin");
    CompactArchive.main(new String[] {csv.toString(), out.toString()});
    try (InputStream in = Files.newInputStream(out)) {
      assertEquals(periods(), CompactArchive.read(in, out.toString()));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CompactArchive.main(new String[] {csv.toString()}));
    assertEquals("usage: CompactArchive <anpr-archivio-comuni.csv> <output.bin>", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CompactArchive.main(new String[] {csv.toString(), out.toString(), "more"}));
  }

  @Test
  void theBuildStep_refusesACodeWithTwoPeriodsOnOneDay_asTheRegistryDoes() throws IOException {
    // ABANO (028001) ends a day later: on 14 November 1924 the code is ABANO's and ABANO TERME's at once.
    List<String> rows = new ArrayList<>(ROWS);
    int abano = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).contains(",\"ABANO\",")) {
        abano = i;
      }
    }
    rows.set(abano, rows.get(abano).replace("\"1924-11-13\"", "\"1924-11-14\""));
    Path csv = Files.write(dir.resolve("anpr.csv"), rows, StandardCharsets.UTF_8);
    Path out = dir.resolve("anpr.bin");
    DataFileException e = assertThrows(DataFileException.class,
        () -> CompactArchive.main(new String[] {csv.toString(), out.toString()}));
    assertTrue(e.getMessage().contains("comune 028001 has two periods on 1924-11-14"), e.getMessage());
    assertFalse(Files.exists(out), "no compact archive is written from a refused CSV");
  }

  @Test
  void atMost65535DistinctCodes_areWritten() throws IOException {
    List<ComunePeriod> periods = new ArrayList<>();
    LocalDate day = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < 16_384; i++) {
      String s = Integer.toString(i, 36);
      periods.add(new ComunePeriod(IstatCode.parse(String.format("%06d", i + 1)), "c" + s, "N" + s,
          Optional.empty(), "p" + s, "a" + s, "r" + s, day, day));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> written(periods));
    assertEquals("more than 65,535 distinct codes: 65536", e.getMessage());
    List<ComunePeriod> fewer = new ArrayList<>(periods);
    ComunePeriod last = fewer.remove(fewer.size() - 1);
    fewer.add(new ComunePeriod(last.code(), last.cadastralCode(), last.name(), last.otherName(),
        last.provinceCode(), last.provinceAbbreviation(), "r0", day, day));
    assertEquals(fewer, read(written(fewer)));
  }

  @Test
  void aStreamOfAnotherFormatOrVersion_isRefused() throws IOException {
    assertEquals("copy.bin is not a compact archive of comuni of version 1",
        refused(header(0x53504932, 1, List.of(), 0, 1)).getMessage());
    assertEquals("copy.bin is not a compact archive of comuni of version 1",
        refused(header(0x53504931, 2, List.of(), 0, 1)).getMessage());
  }

  @Test
  void badCounts_areRefused() throws IOException {
    int magic = 0x53504931;
    assertEquals("copy.bin: bad count of codes -1", refused(header(magic, 1, List.of(), -1, 1)).getMessage());
    assertEquals("copy.bin: bad count of codes 65536", refused(header(magic, 1, List.of(), 65_536, 1)).getMessage());
    // At the bounds the counts are taken, and the stream ends too early.
    assertThrows(EOFException.class, () -> read(header(magic, 1, List.of(), 65_535, 1)));
    assertEquals("copy.bin: bad count of periods 0", refused(header(magic, 1, List.of(), 0, 0)).getMessage());
    assertEquals("copy.bin: bad count of periods -1", refused(header(magic, 1, List.of("x"), 1, -1)).getMessage());
    assertEquals("copy.bin: bad count of periods 1000001",
        refused(header(magic, 1, List.of("x"), 1, 1_000_001)).getMessage());
    assertThrows(EOFException.class, () -> read(header(magic, 1, List.of("x"), 1, 1_000_000)));
  }

  @Test
  void aFirstPeriodWithoutCode_andBytesAfterTheLast_areRefused() throws IOException {
    byte[] good = written(periods());
    // The first period's flag says "same code as before": there is none before it. It follows the magic,
    // the version, the count and the codes (each a length in two bytes and its UTF-8), and the count of periods.
    int n = ByteBuffer.wrap(good).getInt(8);
    int at = 12;
    for (int i = 0; i < n; i++) {
      at += 2 + (((good[at] & 0xff) << 8) | (good[at + 1] & 0xff));
    }
    int flag = at + 4;
    assertEquals(0, good[flag], "the first period names its code");
    byte[] noCode = good.clone();
    noCode[flag] = 1;
    assertEquals("copy.bin: the first period has no code", refused(noCode).getMessage());
    byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
    assertEquals("copy.bin: bytes after the last period", refused(longer).getMessage());
  }
}
