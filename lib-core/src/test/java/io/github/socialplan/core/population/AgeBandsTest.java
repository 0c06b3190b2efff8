package io.github.socialplan.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.testing.Generators;
import io.github.socialplan.core.testing.PropertyRuns;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgeBandsTest {

  private static final long SEED = 20_150_101L;

  @Test
  void publishedBands_resolveTheirOwnCuts_andNameTheBandThatHoldsAnyOther() {
    AgeBands published = AgeBands.parse("0-14, 15-64, 65+");
    assertEquals(AgeBands.cutAt(15, 65), published);
    assertEquals(List.of(AgeBand.of(0, 14), AgeBand.of(15, 64), AgeBand.atLeast(65)), published.bands());
    assertEquals("0-14, 15-64, 65+", published.toString());
    assertTrue(published.resolves(AgeBand.atLeast(65)));
    assertTrue(published.resolves(AgeBand.of(0, 64)));
    assertTrue(published.resolves(AgeBand.all()));
    assertEquals(Optional.of("band 15-64 does not split at 18"), published.whyNot(AgeBand.of(0, 17)));
    assertEquals(Optional.of("band 65+ does not split at 85"), published.whyNot(AgeBand.atLeast(85)));
    assertEquals(Optional.of("band 0-14 does not split at 5"), published.whyNot(AgeBand.of(0, 4)));
    assertEquals(Optional.of("band 15-64 does not split at 50"), published.whyNot(AgeBand.of(15, 49)));
    assertEquals(Optional.empty(), published.whyNot(AgeBand.of(15, 64)));
    assertEquals(1, published.indexOf(18));
    assertFalse(published.isSingleYears());
  }

  @Test
  void singleYears_resolveEveryBand() {
    AgeBands single = AgeBands.singleYears();
    assertEquals(101, single.size());
    assertTrue(single.isSingleYears());
    assertEquals(AgeBand.of(100, 100), single.band(100));
    for (int from = 0; from <= 100; from++) {
      assertTrue(single.resolves(AgeBand.of(from, 100)));
    }
  }

  @Test
  void pyramidBands_ofWidthFive() {
    AgeBands pyramid = AgeBands.ofWidth(5, 100);
    assertEquals(21, pyramid.size());
    assertEquals(AgeBand.of(0, 4), pyramid.band(0));
    assertEquals(AgeBand.of(95, 99), pyramid.band(19));
    assertEquals(AgeBand.of(100, 100), pyramid.band(20));
    AgeBands to85 = AgeBands.ofWidth(5, 85);
    assertEquals(AgeBand.atLeast(85), to85.band(to85.size() - 1));
    assertTrue(pyramid.resolves(to85));
    assertTrue(to85.resolves(AgeBands.cutAt(15, 65)));
    assertEquals(Optional.of("band 10-14 does not split at 12"), to85.whyNot(AgeBands.cutAt(12)));
    assertEquals("bands of width 5 up to an open band from 83: the width must be in 1..100 and the open"
        + " band's first age a multiple of it in 1..100",
        assertThrows(IllegalArgumentException.class, () -> AgeBands.ofWidth(5, 83)).getMessage());
  }

  @Test
  void overlappingBands_areRejectedNamingBoth() {
    assertEquals("age bands overlap: 0-14 and 10-64 both hold age 10 (and more)",
        assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("0-14, 10-64, 65+")).getMessage());
    assertEquals("age bands overlap: 0-14 and 14-64 both hold age 14",
        assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("0-14, 14-64, 65+")).getMessage());
  }

  @Test
  void bandsWithAGap_areRejectedNamingTheMissingAges() {
    assertEquals("age bands leave a gap: ages 15-17 between 0-14 and 18-64 are in no band",
        assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("0-14, 18-64, 65+")).getMessage());
    assertEquals("age bands must start at age 0: the first band is 5-14, so ages 0-4 are in no band",
        assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("5-14, 15+")).getMessage());
    assertEquals("age bands must reach 100 and over: the last band is 15-64, so ages 65+ are in no band",
        assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("0-14, 15-64")).getMessage());
    assertEquals("age cuts must increase: 15 after 65 in [65, 15]",
        assertThrows(IllegalArgumentException.class, () -> AgeBands.cutAt(65, 15)).getMessage());
  }

  @Test
  void toString_parsesBack_andCommonBandsSplitOnlyWhereBothDo() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(300))
        .forAll(Generators.ageBands(), Generators.ageBands())
        .checkAssert((a, b) -> {
          assertEquals(a, AgeBands.parse(a.toString()));
          AgeBands common = AgeBands.common(a, b);
          for (int cut = 1; cut <= 100; cut++) {
            assertEquals(a.splitsAt(cut) && b.splitsAt(cut), common.splitsAt(cut), "cut " + cut);
          }
          assertTrue(a.resolves(common) && b.resolves(common));
        });
  }

  @Test
  void aBandIsResolvedExactlyWhenBothItsCutsAreBoundaries() {
    qt().withFixedSeed(SEED).withExamples(PropertyRuns.examples(500))
        .forAll(Generators.ageBands(), Generators.bands())
        .checkAssert((bands, band) -> {
          boolean fromOk = band.from() == 0 || bands.band(bands.indexOf(band.from())).from() == band.from();
          boolean toOk = band.to() == 100 || bands.band(bands.indexOf(band.to())).to() == band.to();
          assertEquals(fromOk && toOk, bands.resolves(band));
          bands.whyNot(band).ifPresent(why -> assertTrue(why.matches("band \\d+(-\\d+|\\+)? does not split at \\d+"),
              why));
        });
  }
}
