package io.github.socialplan.core.italy;

import io.github.socialplan.core.territory.IstatCode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ANPR's archive of comuni in a compact binary form that the build writes from the project's CSV copy, so
 * that loading the embedded registry reads no CSV: the periods sorted by code and start, the short strings
 * (cadastral, province and region codes, abbreviations) once each, dates as epoch days, and a code written
 * once for its consecutive periods. Written and read only by this library version (the build regenerates
 * it), so the format carries a version number and is checked, not negotiated.
 */
final class CompactArchive {

  /** Resource name next to {@link ItalyRegistry}. */
  static final String RESOURCE = "anpr-archivio-comuni.bin";

  private static final int MAGIC = 0x53504931; // "SPI1"
  private static final int VERSION = 1;
  /** The same bound as on the CSV: far above the 19,352 periods of the archive. */
  private static final int MAX_PERIODS = 1_000_000;

  private CompactArchive() {}

  /**
   * Build step: reads ANPR's archive CSV with all the registry's checks and writes its compact form.
   *
   * @param args the archive CSV and the file to write
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CompactArchive <anpr-archivio-comuni.csv> <output.bin>");
    }
    Path csv = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<ComunePeriod> periods;
    Map<ComunePeriod, Integer> lines = new java.util.IdentityHashMap<>();
    try (InputStream in = Files.newInputStream(csv)) {
      periods = ItalyRegistry.sorted(ItalyRegistry.readArchive(in, csv.getFileName().toString(), lines));
    }
    // the embedded registry is not checked when it loads: what ItalyRegistry.load refuses is refused here
    ItalyRegistry.checkOnePeriodADay(periods, csv.getFileName().toString(), lines);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      write(periods, o);
    }
  }

  /** Writes periods, which must already be in the registry's order (code, then start). */
  static void write(List<ComunePeriod> periods, OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    Map<String, Integer> pool = new HashMap<>();
    List<String> strings = new ArrayList<>();
    for (ComunePeriod p : periods) {
      for (String s : List.of(p.cadastralCode(), p.provinceCode(), p.provinceAbbreviation(), p.regionCode())) {
        if (pool.putIfAbsent(s, strings.size()) == null) {
          strings.add(s);
        }
      }
    }
    if (strings.size() > 0xFFFF) {
      throw new IllegalArgumentException("more than 65,535 distinct codes: " + strings.size());
    }
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(strings.size());
    for (String s : strings) {
      d.writeUTF(s);
    }
    d.writeInt(periods.size());
    IstatCode previous = null;
    for (ComunePeriod p : periods) {
      boolean same = p.code().equals(previous);
      d.writeBoolean(same);
      if (!same) {
        d.writeUTF(p.code().value());
      }
      previous = p.code();
      d.writeUTF(p.name());
      d.writeUTF(p.otherName().orElse(""));
      d.writeShort(pool.get(p.cadastralCode()));
      d.writeShort(pool.get(p.provinceCode()));
      d.writeShort(pool.get(p.provinceAbbreviation()));
      d.writeShort(pool.get(p.regionCode()));
      d.writeInt((int) p.validFrom().toEpochDay());
      d.writeInt((int) p.validTo().toEpochDay());
    }
    d.flush();
  }

  /**
   * Reads the periods back, in the order written.
   *
   * @throws IOException if the stream is not this version's compact archive, naming the source
   */
  static List<ComunePeriod> read(InputStream in, String source) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    if (d.readInt() != MAGIC || d.readInt() != VERSION) {
      throw new IOException(source + " is not a compact archive of comuni of version " + VERSION);
    }
    int nStrings = d.readInt();
    if (nStrings < 0 || nStrings > 0xFFFF) {
      throw new IOException(source + ": bad count of codes " + nStrings);
    }
    String[] strings = new String[nStrings];
    for (int i = 0; i < nStrings; i++) {
      strings[i] = d.readUTF();
    }
    int n = d.readInt();
    if (n < 1 || n > MAX_PERIODS) {
      throw new IOException(source + ": bad count of periods " + n);
    }
    List<ComunePeriod> out = new ArrayList<>(n);
    Optional<String> none = Optional.empty();
    IstatCode code = null;
    for (int i = 0; i < n; i++) {
      if (!d.readBoolean()) {
        code = IstatCode.parse(d.readUTF());
      } else if (code == null) {
        throw new IOException(source + ": the first period has no code");
      }
      String name = d.readUTF();
      String other = d.readUTF();
      String cadastral = strings[d.readUnsignedShort()];
      String province = strings[d.readUnsignedShort()];
      String abbreviation = strings[d.readUnsignedShort()];
      String region = strings[d.readUnsignedShort()];
      LocalDate from = LocalDate.ofEpochDay(d.readInt());
      long to = d.readInt();
      out.add(new ComunePeriod(code, cadastral, name, other.isEmpty() ? none : Optional.of(other), province,
          abbreviation, region, from,
          to == ComunePeriod.OPEN_END.toEpochDay() ? ComunePeriod.OPEN_END : LocalDate.ofEpochDay(to)));
    }
    if (d.read() != -1) {
      throw new IOException(source + ": bytes after the last period");
    }
    return out;
  }
}
