package io.github.socialplan.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialplan.budget.copayment.CopaymentSchedule;
import io.github.socialplan.budget.copayment.LinearCopayment;
import io.github.socialplan.budget.copayment.StepCopayment;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.number.DecimalBounds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;

/**
 * A co-payment schedule written as JSON (<i>regolamento di compartecipazione in JSON</i>), as the
 * {@code sp_copayment} function takes it: a linear schedule or a table of ISEE bands, made into the
 * library's {@link LinearCopayment} or {@link StepCopayment}.
 *
 * <pre>{@code
 * {"type": "linear", "exemptionThreshold": 6000, "fullTariffThreshold": 30000,
 *  "minimumFee": 0, "fullTariff": 400.00, "rounding": "HALF_UP"}
 * {"type": "steps", "fullTariff": 5.20, "rounding": "HALF_UP",
 *  "bands": [{"fromIsee": 0, "fee": 0}, {"fromIsee": 8000, "percentOfTariff": 33.3},
 *            {"fromIsee": 24000, "fee": 5.20}]}
 * }</pre>
 *
 * <p>Amounts are euro with at most two decimals, ISEE thresholds non-negative; {@code minimumFee} defaults
 * to 0 and {@code rounding} (a {@link RoundingMode} name) to {@code HALF_UP}. Numbers are read exactly as
 * decimals, each within the library's bounds on decimals ({@link DecimalBounds}: at most 30 integer digits
 * and 30 decimals), so that {@code 1e999999} is refused where it is read. Unknown fields are errors, and so
 * is a text longer than {@link #MAX_LENGTH} characters or a table of more than {@link #MAX_BANDS} bands.
 * Every error names the JSON path of the bad value.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ScheduleJson {

  /** The longest schedule text accepted, in characters. */
  public static final int MAX_LENGTH = 64 * 1024;

  /** The most bands a step schedule may have. */
  public static final int MAX_BANDS = 1_000;

  private static final ObjectMapper MAPPER = SocialPlanJson.mapper();
  private static final Set<String> LINEAR_FIELDS = Set.of("type", "exemptionThreshold", "fullTariffThreshold",
      "minimumFee", "fullTariff", "rounding");
  private static final Set<String> STEP_FIELDS = Set.of("type", "fullTariff", "rounding", "bands");
  private static final Set<String> BAND_FIELDS = Set.of("fromIsee", "fee", "percentOfTariff");

  private ScheduleJson() {}

  /**
   * Reads a schedule.
   *
   * @param json the schedule, not null, at most {@link #MAX_LENGTH} characters
   * @return the library's schedule
   * @throws IllegalArgumentException if the text is not a valid schedule; the message names the JSON path
   */
  public static CopaymentSchedule read(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "schedule JSON is " + json.length() + " characters long, more than the " + MAX_LENGTH + " allowed");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(SocialPlanJson.toInputException(e, "schedule").getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("schedule JSON at $: must be an object with a \"type\"");
    }
    String type = text(root, "type", "$.type");
    try {
      switch (type) {
        case "linear":
          return linear(root);
        case "steps":
          return steps(root);
        default:
          throw new IllegalArgumentException(
              "schedule JSON at $.type: must be \"linear\" or \"steps\", not \"" + type + "\"");
      }
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      throw new IllegalArgumentException(m.startsWith("schedule JSON") ? m : "schedule: " + m, e);
    }
  }

  private static CopaymentSchedule linear(JsonNode root) {
    fields(root, LINEAR_FIELDS, "$");
    LinearCopayment.Builder b = LinearCopayment.builder()
        .exemptionThreshold(decimal(root, "exemptionThreshold", "$.exemptionThreshold"))
        .fullTariffThreshold(decimal(root, "fullTariffThreshold", "$.fullTariffThreshold"))
        .fullTariff(money(root, "fullTariff", "$.fullTariff"))
        .rounding(rounding(root));
    if (root.has("minimumFee")) {
      b.minimumFee(money(root, "minimumFee", "$.minimumFee"));
    }
    return b.build();
  }

  private static CopaymentSchedule steps(JsonNode root) {
    fields(root, STEP_FIELDS, "$");
    StepCopayment.Builder b = StepCopayment.builder().rounding(rounding(root));
    if (root.has("fullTariff")) {
      b.fullTariff(money(root, "fullTariff", "$.fullTariff"));
    }
    JsonNode bands = root.get("bands");
    if (bands == null || !bands.isArray() || bands.isEmpty()) {
      throw new IllegalArgumentException("schedule JSON at $.bands: must be a non-empty array of bands");
    }
    if (bands.size() > MAX_BANDS) {
      throw new IllegalArgumentException(
          "schedule JSON at $.bands: " + bands.size() + " bands, more than the " + MAX_BANDS + " allowed");
    }
    for (int i = 0; i < bands.size(); i++) {
      JsonNode band = bands.get(i);
      String path = "$.bands[" + i + "]";
      if (!band.isObject()) {
        throw new IllegalArgumentException("schedule JSON at " + path + ": must be an object");
      }
      fields(band, BAND_FIELDS, path);
      BigDecimal from = decimal(band, "fromIsee", path + ".fromIsee");
      boolean fee = band.has("fee");
      if (fee == band.has("percentOfTariff")) {
        throw new IllegalArgumentException(
            "schedule JSON at " + path + ": give exactly one of \"fee\" and \"percentOfTariff\"");
      }
      try {
        if (fee) {
          b.band(from, money(band, "fee", path + ".fee"));
        } else {
          b.bandPercent(from, decimal(band, "percentOfTariff", path + ".percentOfTariff"));
        }
      } catch (IllegalArgumentException e) {
        String m = e.getMessage();
        throw new IllegalArgumentException(m.startsWith("schedule JSON") ? m : "schedule JSON at " + path + ": " + m, e);
      }
    }
    return b.build();
  }

  private static void fields(JsonNode node, Set<String> known, String path) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        throw new IllegalArgumentException("schedule JSON at " + path + ": unknown field \"" + name
            + "\"; known: " + new java.util.TreeSet<>(known));
      }
    }
  }

  private static String text(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("schedule JSON at " + path + ": must be a text, got " + describe(v));
    }
    return v.textValue();
  }

  private static BigDecimal decimal(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || !v.isNumber()) {
      throw new IllegalArgumentException("schedule JSON at " + path + ": must be a number, got " + describe(v));
    }
    BigDecimal d = v.decimalValue();
    // Before anything else reads it: 1e999999, a dozen characters, is a decimal of a million digits.
    DecimalBounds.check(d, "schedule JSON at " + path);
    if (d.signum() < 0) {
      throw new IllegalArgumentException("schedule JSON at " + path + ": must be >= 0: " + d.toPlainString());
    }
    return d;
  }

  private static Money money(JsonNode node, String field, String path) {
    BigDecimal d = decimal(node, field, path);
    try {
      return Money.of(d);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("schedule JSON at " + path + ": " + e.getMessage(), e);
    }
  }

  private static RoundingMode rounding(JsonNode root) {
    if (!root.has("rounding")) {
      return RoundingMode.HALF_UP;
    }
    String name = text(root, "rounding", "$.rounding");
    try {
      return RoundingMode.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("schedule JSON at $.rounding: not a rounding mode: \"" + name
          + "\"; use HALF_UP, HALF_EVEN, HALF_DOWN, UP, DOWN, CEILING or FLOOR", e);
    }
  }

  private static String describe(JsonNode v) {
    if (v == null) {
      return "nothing (the field is missing)";
    }
    String s = v.toString();
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
