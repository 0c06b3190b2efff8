package io.github.socialplan.core.italy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.testing.ReferenceTable;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Runs README's snippet of the registry of Italy and checks what its comments say. */
class ReadmeItalyTest {

  @Test
  void readmeSnippet() {
    // --- README snippet starts
    ItalyRegistry italy = ItalyRegistry.embedded();
    LocalDate day = LocalDate.of(2022, 1, 1);
    ComunePeriod bolzano = italy.byName("Bozen", day);           // BOLZANO, by its German name
    Partition provinces = italy.provinces(day);                  // a Dashboard level: 107 provinces
    LocalDate before = LocalDate.of(1990, 1, 1);
    ComunePeriod abbadia = italy.comune(IstatCode.parse("015001"), before);
    Crosswalk cw = Crosswalk.between(italy, Variations.none(), before, day);
    Crosswalk.Entry e = cw.entry(abbadia.code());                // RECODED -> 098001 ABBADIA CERRETO
    // --- README snippet ends
    assertEquals("BOLZANO", bolzano.name());
    long listed = ReferenceTable.read("real/italy-comuni-2022.csv").rows().stream()
        .map(r -> r.get("province_code")).distinct().count();
    assertEquals(listed, provinces.groupIds().size());
    assertEquals(107, listed);
    assertEquals(Crosswalk.Outcome.RECODED, e.outcome());
    assertEquals(italy.follow(abbadia, day), e.target());
    assertEquals("098001", e.target().orElseThrow().code().value());
    assertEquals("ABBADIA CERRETO", e.target().orElseThrow().name());
  }
}
