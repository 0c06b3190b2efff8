package io.github.socialplan.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Municipality;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Fault 2: huge exponents passed the JSON reader and failed later, when a value was rounded or scaled. */
class DecimalBoundsTest {

  @Test
  void limits_areInclusive_onEachSide() {
    assertTrue(DecimalBounds.within(new BigDecimal("9".repeat(30))));
    assertFalse(DecimalBounds.within(new BigDecimal("1" + "0".repeat(30))));
    assertTrue(DecimalBounds.within(new BigDecimal("-" + "9".repeat(30) + ".5")));
    assertTrue(DecimalBounds.within(new BigDecimal("0." + "0".repeat(29) + "1")));
    assertFalse(DecimalBounds.within(new BigDecimal("0." + "0".repeat(30) + "1")));
    assertTrue(DecimalBounds.within(new BigDecimal("1e29")));
    assertFalse(DecimalBounds.within(new BigDecimal("1e30")));
    assertTrue(DecimalBounds.within(new BigDecimal("1e-30")));
    assertFalse(DecimalBounds.within(new BigDecimal("1e-31")));
    // trailing zeros are not significant decimals, but count as written digits
    assertTrue(DecimalBounds.within(new BigDecimal("1." + "0".repeat(98))));
    assertFalse(DecimalBounds.within(new BigDecimal("1." + "0".repeat(100))));
    assertTrue(DecimalBounds.within(new BigDecimal("0E+999999999")));
    assertTrue(DecimalBounds.within(new BigDecimal("0E-999999999")));
  }

  @Test
  void hugeExponents_areRefused_inTheirScientificForm() {
    for (String text : new String[] {"1e999999999", "1e-999999999", "-7E+2147483647"}) {
      BigDecimal d = new BigDecimal(text);
      assertFalse(DecimalBounds.within(d), text);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> DecimalBounds.check(d, "area"));
      assertTrue(e.getMessage().startsWith("area is out of range (at most 30 integer digits, 30 decimals and 100"
          + " digits): " + d), e.getMessage());
    }
    BigDecimal fine = new BigDecimal("833.5");
    assertSame(fine, DecimalBounds.check(fine, "area"));
  }

  @Test
  void json_hugeExponentInAnArea_isRefusedWithItsPath() {
    JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(
        "{\"code\":\"019036\",\"name\":\"Cremona\",\"areaKm2\":1e999999999}", Municipality.class));
    assertEquals("$.areaKm2", e.path());
    assertTrue(e.problem().contains("out of range"), e.getMessage());
    e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(
        "{\"indicator\":\"x\",\"value\":1e-999999999}", Target.class));
    assertEquals("$.value", e.path());
    Municipality ok = SocialPlanJson.read("{\"code\":\"019036\",\"name\":\"Cremona\",\"areaKm2\":70.49}",
        Municipality.class);
    assertEquals(new BigDecimal("70.49"), ok.areaKm2().orElseThrow());
  }

  @Test
  void builders_refuseOutOfRangeDecimals_too() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Municipality.builder()
        .code(IstatCode.parse("019036")).name("Cremona").areaKm2(new BigDecimal("1e999999999")).build());
    assertTrue(e.getMessage().startsWith("area of comune 019036 is out of range"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Target.builder().indicator("x").value(new BigDecimal("1e-999999999")).build());
    assertTrue(e.getMessage().startsWith("value of target 'x' is out of range"), e.getMessage());
  }

  @Test
  void edgesOfEachBound_writtenDigitsSignificantDecimalsAndTheirTrailingZeros() {
    // one hundred digits as written are within, even with 99 decimals that are all zeros
    assertTrue(DecimalBounds.within(new BigDecimal("1." + "0".repeat(99))));
    // thirty significant decimals followed by a zero: within; thirty-one: not, whatever the integer part
    assertTrue(DecimalBounds.within(new BigDecimal("0." + "0".repeat(29) + "10")));
    assertFalse(DecimalBounds.within(new BigDecimal("1." + "0".repeat(30) + "1")));
    assertFalse(DecimalBounds.within(new BigDecimal("0." + "0".repeat(29) + "12")));
  }

  /** The message's value for an out-of-range decimal. */
  private static String described(BigDecimal d) {
    String m = assertThrows(IllegalArgumentException.class, () -> DecimalBounds.check(d, "x")).getMessage();
    return m.substring(m.indexOf("digits): ") + "digits): ".length());
  }

  @Test
  void message_showsThePlainValue_upTo64DigitsOr64PlacesAnd80Characters() {
    assertEquals("0." + "0".repeat(63) + "1", described(new BigDecimal("1E-64")));
    assertEquals("1E-65", described(new BigDecimal("1E-65")));
    assertEquals("1" + "0".repeat(64), described(new BigDecimal("1E+64")));
    assertEquals("1E+65", described(new BigDecimal("1E+65")));
    // 64 digits, scale -1: plain, 65 characters
    java.math.BigInteger digits64 = new java.math.BigInteger("1".repeat(64));
    assertEquals("1".repeat(64) + "0", described(new BigDecimal(digits64, -1)));
    // 65 digits: scientific; a scientific text longer than 80 characters is cut at 40
    java.math.BigInteger digits65 = new java.math.BigInteger("1".repeat(65));
    assertEquals("1." + "1".repeat(64) + "E+65", described(new BigDecimal(digits65, -1)));
    java.math.BigInteger digits90 = new java.math.BigInteger("1".repeat(90));
    assertEquals("1." + "1".repeat(38) + "... (90 digits, scale -1)", described(new BigDecimal(digits90, -1)));
    // a plain text of exactly 80 characters is shown whole, of 81 cut
    String sixteen = "1234567890123456";
    assertEquals(sixteen + "0".repeat(64), described(new BigDecimal(new java.math.BigInteger(sixteen), -64)));
    assertEquals((sixteen + "7" + "0".repeat(64)).substring(0, 40) + "... (17 digits, scale -64)",
        described(new BigDecimal(new java.math.BigInteger(sixteen + "7"), -64)));
  }
}
