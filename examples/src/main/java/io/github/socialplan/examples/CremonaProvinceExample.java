package io.github.socialplan.examples;

import io.github.socialplan.core.io.ComuneResidents;
import io.github.socialplan.core.io.ComuniList;
import io.github.socialplan.core.io.ComuniListReader;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real 113 comuni of the Provincia di Cremona on 1 January 2022 (ISTAT), loaded from
 * {@code data/reference/real/cremona-province-comuni-2022.csv} with {@link ComuniListReader}: residents by sex, the five largest comuni,
 * and the sum checked against the provincial total that the file's source line quotes.
 *
 * <pre>{@code
 * CremonaProvinceExample.print(System.out, DataFolder.locate());
 * }</pre>
 */
public final class CremonaProvinceExample {

  static final String FILE = "real/cremona-province-comuni-2022.csv";

  /** How the source line quotes the provincial total. */
  static final Pattern QUOTED_TOTAL = Pattern.compile("the (\\d+) province total");

  /** The file's columns: code, name, residents in all, female, male. */
  static final ComuniListReader READER =
      ComuniListReader.columns("municipality_code", "municipality", "population", "population_F", "population_M");

  private CremonaProvinceExample() {}

  /**
   * Prints the example to standard output.
   *
   * @param args ignored
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    print(System.out, DataFolder.locate());
  }

  /**
   * Prints the totals and the largest comuni.
   *
   * @param out where to print, not null
   * @param data the data folder, not null
   * @throws IOException if the file cannot be read
   */
  public static void print(PrintStream out, DataFolder data) throws IOException {
    Path file = data.reference(FILE);
    ComuniList province = READER.read(file);
    List<ComuneResidents> comuni = province.comuni();
    long males = province.males();
    long females = province.females();
    long total = province.total();
    OptionalLong quoted = quotedTotal(file);

    out.println("== Provincia di Cremona: the real comuni on 1 January 2022 (ISTAT) ==");
    out.printf(Locale.ROOT, "   %d comuni read from data/reference/%s%n", comuni.size(), FILE);
    TextTable t = new TextTable("", "males", "females", "total", "check");
    t.row("sum of the comuni", Numbers.count(males), Numbers.count(females), Numbers.count(total),
        males + females == total ? "M + F = total ok" : "M + F differs");
    t.row("published provincial total", "", "", quoted.isPresent() ? Numbers.count(quoted.getAsLong()) : "-",
        quoted.isPresent() ? (quoted.getAsLong() == total ? "ok" : "DIFFERS") : "");
    t.print(out);
    out.println("   (the published total is the one the file's source line quotes: laprovinciacr.it, early 2022)");
    out.println();
    out.println("The 5 largest comuni");
    TextTable top = new TextTable("comune", "ISTAT code", "males", "females", "total", "% of province");
    comuni.stream().sorted(Comparator.comparingLong(ComuneResidents::total).reversed()
            .thenComparing(c -> c.code().value()))
        .limit(5).forEach(c -> top.row(c.name(), c.code().value(), Numbers.count(c.males()), Numbers.count(c.females()),
            Numbers.count(c.total()), Numbers.format(BigDecimal.valueOf(c.total() * 100)
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP), 1)));
    top.print(out);
  }

  /** The total the file's first comment line quotes, if it does. */
  static OptionalLong quotedTotal(Path file) throws IOException {
    String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    Matcher m = QUOTED_TOTAL.matcher(first);
    return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }
}
