package io.github.socialplan.core.testing;

import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The residents of the Ambito di Cremona on 1 January 2014 as the Piano di Zona 2015-2017, §2.1, publishes
 * them: by sex in the bands 0-14, 15-64, 65+ ({@code cremona-2014-population-by-band.csv}), loaded as a
 * population in those bands, each band checked against its published total.
 */
public final class CremonaBands {

  /** The reference file. */
  public static final String FILE = "cremona-2014-population-by-band.csv";

  private CremonaBands() {}

  /**
   * The population in the published bands.
   *
   * @param territory the identifier to give it
   * @return the population
   */
  public static Population population(String territory) {
    List<Map<String, String>> rows = ReferenceTable.read(FILE).rows(r -> !r.get("age_band").equals("total"));
    List<AgeBand> bands = new ArrayList<>();
    for (Map<String, String> row : rows) {
      bands.add(AgeBand.parse(row.get("age_band")));
    }
    Population.Builder b = Population.builder(territory, 2014, AgeBands.of(bands));
    for (Map<String, String> row : rows) {
      b.band(AgeBand.parse(row.get("age_band")), Integer.parseInt(row.get("male")),
          Integer.parseInt(row.get("female")), Long.parseLong(row.get("total")));
    }
    return b.build();
  }

  /** The published grand total row: male, female, total. */
  public static Map<String, String> totalRow() {
    return ReferenceTable.read(FILE).rows(r -> r.get("age_band").equals("total")).get(0);
  }
}
