package io.github.socialplan.indicators.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.export.DashboardRecord;
import io.github.socialplan.indicators.internal.RoundedRatio;
import io.github.socialplan.indicators.result.DisplayFormat;
import io.github.socialplan.indicators.result.UndefinedReason;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The Jackson module of the indicator results (<i>modulo JSON degli indicatori</i>), found by
 * {@link SocialPlanJson} on the class path: a {@link DashboardRecord} is one row of the cruscotto's JSON,
 * with the fields of {@link io.github.socialplan.indicators.export.DashboardExport#JSON_FIELDS} in that
 * order and a field without a value left out, so a {@link DashboardDocument} reads back equal to the one
 * written.
 *
 * <p>Read back, a row is checked: {@code year}, {@code level}, {@code kind}, {@code territory}, {@code indicator},
 * {@code italianName} and {@code unit} are required, the level not negative; a row has either a {@code value} or an
 * {@code undefinedReason} (with its {@code undefinedDetail}), never both; {@code numerator} and {@code denominator}
 * come together; the comparisons with the parent need a {@code parent}. As {@link
 * io.github.socialplan.indicators.export.DashboardCsvReader} does, a row with a value needs its {@code multiplier},
 * the value of a ratio must be its {@code numerator × multiplier / denominator} rounded (at the value's decimals;
 * a whole value at the coarsest multiple of ten it is, as an export at a negative scale writes it) and the
 * denominator must not be zero, and an undefined row has no numerator, denominator, multiplier, difference from
 * or ratio to its parent. A failure names the JSON path of the field.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class IndicatorsModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public IndicatorsModule() {
    super("SocialPlanIndicatorsModule", Version.unknownVersion());
    addSerializer(DashboardRecord.class, new RowSerializer());
    addDeserializer(DashboardRecord.class, new RowDeserializer());
  }

  /** The JSON shape of a row, boxed so that a missing field is told from a zero. */
  record RowDoc(Integer year, Integer level, TerritoryKind kind, String territory, String parent, String indicator,
      String italianName, String unit, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
      BigDecimal multiplier, UndefinedReason undefinedReason, String undefinedDetail, BigDecimal parentValue,
      BigDecimal differenceFromParent, BigDecimal ratioToParent) {}

  private static final class RowSerializer extends StdSerializer<DashboardRecord> {
    private static final long serialVersionUID = 1L;

    RowSerializer() {
      super(DashboardRecord.class);
    }

    @Override
    public void serialize(DashboardRecord r, JsonGenerator gen, SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(new RowDoc(r.year(), r.level(), r.kind(), r.territory(),
          r.parent().orElse(null), r.indicator(), r.italianName(), r.unit(), r.value().orElse(null),
          r.numerator().orElse(null), r.denominator().orElse(null), r.multiplier().orElse(null),
          r.undefinedReason().orElse(null), r.undefinedReason().isPresent() ? r.undefinedDetail() : null,
          r.parentValue().orElse(null), r.differenceFromParent().orElse(null), r.ratioToParent().orElse(null)),
          gen);
    }
  }

  private static final class RowDeserializer extends StdDeserializer<DashboardRecord> {
    private static final long serialVersionUID = 1L;

    RowDeserializer() {
      super(DashboardRecord.class);
    }

    private static JsonMappingException fail(JsonParser p, String message, String field) {
      InvalidFormatException e = InvalidFormatException.from(p, message, null, DashboardRecord.class);
      e.prependPath(null, field);
      return e;
    }

    private static <V> V required(JsonParser p, V value, String field) throws JsonMappingException {
      if (value == null) {
        throw fail(p, "missing required field '" + field + "' of a cruscotto row", field);
      }
      return value;
    }

    /**
     * The value lies between the floor and the ceiling of {@code numerator × multiplier / denominator} at the
     * value's decimals, or, for a whole value, at the coarsest multiple of ten it is (an export at a negative
     * scale writes 348.28 as 350): so it does whatever the export's rounding mode and scale.
     */
    private static void checkRounding(JsonParser p, RowDoc d) throws JsonMappingException {
      if (d.denominator().signum() == 0) {
        throw fail(p, "the denominator is zero but the value is not undefined", "denominator");
      }
      BigDecimal v = d.value();
      // a whole 0 may be any figure that rounds to 0 at some scale: the coarsest one is taken
      int scale = v.scale() > 0 ? v.scale()
          : v.signum() == 0 ? DisplayFormat.MIN_SCALE : v.stripTrailingZeros().scale();
      RoundedRatio shown = RoundedRatio.of(d.numerator(), d.multiplier(), d.denominator(), scale);
      if (!shown.admits(v)) {
        throw fail(p, "the value " + v.toPlainString() + " contradicts numerator × multiplier / denominator = "
            + d.numerator().toPlainString() + " × " + d.multiplier().toPlainString() + " / "
            + d.denominator().toPlainString() + ", which rounds to " + shown.low().toPlainString() + " or "
            + shown.high().toPlainString(), "value");
      }
    }

    @Override
    public DashboardRecord deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      RowDoc d = ctxt.readValue(p, RowDoc.class);
      if ((d.value() == null) == (d.undefinedReason() == null)) {
        throw fail(p, "a row has either a value or an undefinedReason", d.value() == null ? "value" : "undefinedReason");
      }
      if (d.level() != null && d.level() < 0) {
        throw fail(p, "level must be 0 (comuni) or more: " + d.level(), "level");
      }
      if (d.undefinedDetail() != null && d.undefinedReason() == null) {
        throw fail(p, "undefinedDetail without an undefinedReason", "undefinedDetail");
      }
      if (d.undefinedReason() != null) {
        for (Object[] f : new Object[][] {{d.numerator(), "numerator"}, {d.denominator(), "denominator"},
            {d.multiplier(), "multiplier"}, {d.differenceFromParent(), "differenceFromParent"},
            {d.ratioToParent(), "ratioToParent"}}) {
          if (f[0] != null) {
            throw fail(p, f[1] + " in a row whose value is undefined (" + d.undefinedReason() + ")", (String) f[1]);
          }
        }
      }
      if ((d.numerator() == null) != (d.denominator() == null)) {
        throw fail(p, "numerator and denominator come together", d.numerator() == null ? "numerator" : "denominator");
      }
      if (d.parent() == null) {
        for (Object[] f : new Object[][] {{d.parentValue(), "parentValue"},
            {d.differenceFromParent(), "differenceFromParent"}, {d.ratioToParent(), "ratioToParent"}}) {
          if (f[0] != null) {
            throw fail(p, f[1] + " without a parent", (String) f[1]);
          }
        }
      }
      DashboardRecord r = new DashboardRecord(required(p, d.year(), "year"), required(p, d.level(), "level"),
          required(p, d.kind(), "kind"), required(p, d.territory(), "territory"), Optional.ofNullable(d.parent()),
          required(p, d.indicator(), "indicator"), required(p, d.italianName(), "italianName"),
          required(p, d.unit(), "unit"), Optional.ofNullable(d.value()), Optional.ofNullable(d.numerator()),
          Optional.ofNullable(d.denominator()), Optional.ofNullable(d.multiplier()),
          Optional.ofNullable(d.undefinedReason()),
          d.undefinedReason() == null ? "" : required(p, d.undefinedDetail(), "undefinedDetail"),
          Optional.ofNullable(d.parentValue()), Optional.ofNullable(d.differenceFromParent()),
          Optional.ofNullable(d.ratioToParent()));
      if (d.value() != null && d.multiplier() == null) {
        // read as a ratio, a row without its multiplier would be worth numerator / denominator × 1
        throw fail(p, "a row with a value needs its multiplier", "multiplier");
      }
      if (d.value() != null && d.denominator() != null) {
        checkRounding(p, d);
      }
      return r;
    }
  }
}
