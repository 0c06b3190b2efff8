package io.github.socialplan.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.socialplan.core.testing.PropertyRuns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class IstatCodeTest {

  @Test
  void parse_keepsLeadingZeros_andGivesTheProvince() {
    IstatCode cremona = IstatCode.parse("019036");
    assertEquals("019036", cremona.value());
    assertEquals("019036", cremona.toString());
    assertEquals("019", cremona.provinceCode());
  }

  @Test
  void ofNumber_restoresLeadingZerosOfSpreadsheetCodes() {
    assertEquals(IstatCode.parse("019001"), IstatCode.ofNumber(19001));
    assertEquals(IstatCode.parse("001272"), IstatCode.ofNumber(1272));
  }

  @ParameterizedTest
  @ValueSource(strings = {"19036", "0190361", "01903a", "", "01 036", "０１９０３６"})
  void parse_ofNotSixAsciiDigits_isRejectedNamingTheValue(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IstatCode.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @Test
  void parse_ofFiveAndSevenDigits_saysHowManyDigits() {
    assertEquals("ISTAT comune code must have 6 digits, got 5: '19036'",
        assertThrows(IllegalArgumentException.class, () -> IstatCode.parse("19036")).getMessage());
    assertEquals("ISTAT comune code must have 6 digits, got 7: '0190361'",
        assertThrows(IllegalArgumentException.class, () -> IstatCode.parse("0190361")).getMessage());
  }

  @Test
  void parse_ofAllZeros_isRejected_asOfNumberRejectsZero() {
    assertEquals("ISTAT comune code 000000 is no comune's",
        assertThrows(IllegalArgumentException.class, () -> IstatCode.parse("000000")).getMessage());
  }

  @Test
  void ofNumber_outOfRange_isRejectedNamingTheNumber() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> IstatCode.ofNumber(1_000_000))
        .getMessage().endsWith(": 1000000"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> IstatCode.ofNumber(0))
        .getMessage().endsWith(": 0"));
  }

  @Test
  void parseAndFormat_roundTrip() {
    qt().withFixedSeed(19_036L).withExamples(PropertyRuns.examples(5000)).forAll(Generate.range(1, 999_999))
        .check(n -> {
          String text = String.format(java.util.Locale.ROOT, "%06d", n);
          IstatCode c = IstatCode.parse(text);
          return c.toString().equals(text) && IstatCode.parse(c.toString()).equals(c)
              && IstatCode.ofNumber(n).equals(c) && Integer.parseInt(c.value()) == n
              && c.provinceCode().equals(text.substring(0, 3));
        });
  }

  @Test
  void ordering_isByCode() {
    assertTrue(IstatCode.parse("001272").compareTo(IstatCode.parse("019036")) < 0);
  }

  @Test
  void equality_isOfTheSixDigits() {
    IstatCode cremona = IstatCode.parse("019036");
    assertEquals(cremona, IstatCode.ofNumber(19_036));
    assertEquals(cremona.hashCode(), IstatCode.ofNumber(19_036).hashCode());
    assertNotEquals(cremona, IstatCode.parse("019037"));
    assertNotEquals(cremona, IstatCode.parse("119036"));
    assertNotEquals((Object) "019036", cremona);
    assertFalse(cremona.equals("019036"));
  }

  @Test
  void hashedSetsOfCodes_iterateInTheOrderOfTheirTexts() {
    // The hash is the text's: a hashed set of codes keeps the order a set of the texts has.
    List<String> texts = new ArrayList<>();
    for (int n = 1; n <= 999_999; n += 7_919) {
      texts.add(String.format(java.util.Locale.ROOT, "%06d", n));
    }
    Set<IstatCode> codes = new HashSet<>();
    texts.forEach(t -> codes.add(IstatCode.parse(t)));
    assertEquals(List.copyOf(new HashSet<>(texts)),
        codes.stream().map(IstatCode::value).collect(Collectors.toList()));
  }
}
