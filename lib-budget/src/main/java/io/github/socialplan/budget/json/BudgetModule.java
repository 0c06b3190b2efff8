package io.github.socialplan.budget.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.AllocationLine;
import io.github.socialplan.budget.allocation.Binding;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.copayment.CopaymentSummary;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.budget.reallocation.ReallocationResult;
import io.github.socialplan.budget.transition.TransitionPath;
import io.github.socialplan.core.json.JsonDecimals;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Jackson module of the budget values (<i>modulo JSON del bilancio</i>), found by
 * {@link SocialPlanJson} on the class path, so {@code SocialPlanJson.read(json, Allocation.class)} works:
 *
 * <ul>
 *   <li>{@link Weights}: an object from recipient id to weight, in recipient order:
 *       {@code {"019036": 70841, "019098": 8744}}; a weight is a number {@code >= 0} in the range of
 *       {@link Weights.Builder#add(String, BigDecimal)} (at most {@link Weights#MAX_INTEGER_DIGITS} integer
 *       digits and 18 decimals), not only the 30 integer digits of the other decimals: the exact weights of a
 *       {@link io.github.socialplan.budget.allocation.Blend} pass them, and read back.</li>
 *   <li>{@link Bounds}: {@code {"floors": {"019036": 1000.00}, "ceilings": {...}}}, both optional.</li>
 *   <li>{@link Allocation}: {@code {"total": 100000.00, "lines": [{"recipient", "weight", "exactShare",
 *       "amount", "remainderCents", "roundedUp", "binding"}]}}; read back, the lines must be the ones the
 *       weights and amounts give, and the amounts must add up to the total.</li>
 *   <li>The other results, {@link QuotaCharge}, {@link TransitionPath}, {@link ReallocationResult},
 *       {@link CopaymentSummary} and {@link PlanBalance}, as {@link io.github.socialplan.budget.export.BudgetJson}
 *       describes them. Read back, a figure the JSON repeats (a total, a count, a difference, a gap, a
 *       message, a flag) must be the one the rest of the value gives, and the value must pass its type's
 *       own {@code of} checks (a balance's shares add up to its line sums, its gaps are the ones its
 *       figures give; a transition year's amounts add up to its total); otherwise the read fails naming
 *       the JSON path of the figure. The value read is equal to the one written.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BudgetModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public BudgetModule() {
    super("SocialPlanBudgetModule", Version.unknownVersion());
    addSerializer(Weights.class, new WeightsSerializer());
    addDeserializer(Weights.class, new WeightsDeserializer());
    addSerializer(Bounds.class, new BoundsSerializer());
    addDeserializer(Bounds.class, new BoundsDeserializer());
    addSerializer(Allocation.class, new AllocationSerializer());
    addDeserializer(Allocation.class, new AllocationDeserializer());
    addSerializer(QuotaCharge.class, new ResultJson.Writer<>(QuotaCharge.class, ResultJson::doc));
    addDeserializer(QuotaCharge.class, new ResultJson.Reader<>(QuotaCharge.class, ResultJson.QuotaDoc.class,
        ResultJson::quota));
    addSerializer(TransitionPath.class, new ResultJson.Writer<>(TransitionPath.class, ResultJson::doc));
    addDeserializer(TransitionPath.class, new ResultJson.Reader<>(TransitionPath.class,
        ResultJson.TransitionDoc.class, ResultJson::transition));
    addSerializer(ReallocationResult.class, new ResultJson.Writer<>(ReallocationResult.class, ResultJson::doc));
    addDeserializer(ReallocationResult.class, new ResultJson.Reader<>(ReallocationResult.class,
        ResultJson.ReallocationDoc.class, ResultJson::reallocation));
    addSerializer(CopaymentSummary.class, new ResultJson.Writer<>(CopaymentSummary.class, ResultJson::doc));
    addDeserializer(CopaymentSummary.class, new ResultJson.Reader<>(CopaymentSummary.class,
        ResultJson.CopaymentDoc.class, ResultJson::copayment));
    addSerializer(PlanBalance.class, new ResultJson.Writer<>(PlanBalance.class, ResultJson::doc));
    addDeserializer(PlanBalance.class, new ResultJson.Reader<>(PlanBalance.class, ResultJson.BalanceDoc.class,
        ResultJson::balance));
  }

  private static final class WeightsSerializer extends StdSerializer<Weights> {
    WeightsSerializer() {
      super(Weights.class);
    }

    @Override
    public void serialize(Weights weights, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      for (Map.Entry<String, BigDecimal> e : weights.asMap().entrySet()) {
        gen.writeFieldName(e.getKey());
        BigDecimal w = e.getValue().stripTrailingZeros();
        gen.writeNumber(w.scale() < 0 ? w.setScale(0) : w);
      }
      gen.writeEndObject();
    }
  }

  private static final class WeightsDeserializer extends StdDeserializer<Weights> {
    WeightsDeserializer() {
      super(Weights.class);
    }

    @Override
    public Weights deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        return (Weights) ctxt.handleUnexpectedToken(Weights.class, p);
      }
      Weights.Builder b = Weights.builder();
      for (String id = p.nextFieldName(); id != null; id = p.nextFieldName()) {
        p.nextToken();
        try {
          b.add(id, WeightValue.read(p, ctxt));
        } catch (IllegalArgumentException e) {
          throw JsonMappingException.wrapWithPath(
              InvalidFormatException.from(p, e.getMessage(), p.getText(), Weights.class), Weights.class, id);
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, Weights.class, id);
        }
      }
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, e.getMessage(), null, Weights.class);
      }
    }
  }

  private static final class BoundsSerializer extends StdSerializer<Bounds> {
    BoundsSerializer() {
      super(Bounds.class);
    }

    @Override
    public void serialize(Bounds b, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      writeAmounts(gen, provider, "floors", b.floors());
      writeAmounts(gen, provider, "ceilings", b.ceilings());
      gen.writeEndObject();
    }

    private static void writeAmounts(JsonGenerator gen, SerializerProvider provider, String name,
        Map<String, Money> amounts) throws IOException {
      if (amounts.isEmpty()) {
        return;
      }
      gen.writeObjectFieldStart(name);
      for (Map.Entry<String, Money> e : amounts.entrySet()) {
        gen.writeFieldName(e.getKey());
        provider.defaultSerializeValue(e.getValue(), gen);
      }
      gen.writeEndObject();
    }
  }

  /** The JSON shape of {@link Bounds}, read strictly by the mapper. */
  record BoundsDoc(Map<String, Money> floors, Map<String, Money> ceilings) {}

  private static final class BoundsDeserializer extends StdDeserializer<Bounds> {
    BoundsDeserializer() {
      super(Bounds.class);
    }

    @Override
    public Bounds deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BoundsDoc doc = ctxt.readValue(p, BoundsDoc.class);
      requireAmounts(p, "floors", "floor", doc.floors());
      requireAmounts(p, "ceilings", "ceiling", doc.ceilings());
      Bounds.Builder b = Bounds.builder();
      try {
        if (doc.floors() != null) {
          doc.floors().forEach(b::floor);
        }
        if (doc.ceilings() != null) {
          doc.ceilings().forEach(b::ceiling);
        }
        return b.build();
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, e.getMessage(), null, Bounds.class);
      }
    }
  }

  /** Refuses a null bound at its path: the builder would name only its parameter, at the bounds' path. */
  private static void requireAmounts(JsonParser p, String field, String what, Map<String, Money> amounts)
      throws JsonMappingException {
    if (amounts == null) {
      return;
    }
    for (Map.Entry<String, Money> e : amounts.entrySet()) {
      if (e.getValue() == null) {
        throw new ResultJson.Checks(p, "Bounds").fail(what + " of recipient " + e.getKey()
            + " must be an amount, not null", null, field, e.getKey());
      }
    }
  }

  private static final class AllocationSerializer extends StdSerializer<Allocation> {
    private static final SerializedString TOTAL = new SerializedString("total");
    private static final SerializedString LINES = new SerializedString("lines");
    private static final SerializedString RECIPIENT = new SerializedString("recipient");
    private static final SerializedString WEIGHT = new SerializedString("weight");
    private static final SerializedString EXACT_SHARE = new SerializedString("exactShare");
    private static final SerializedString AMOUNT = new SerializedString("amount");
    private static final SerializedString REMAINDER_CENTS = new SerializedString("remainderCents");
    private static final SerializedString ROUNDED_UP = new SerializedString("roundedUp");
    private static final SerializedString BINDING = new SerializedString("binding");

    AllocationSerializer() {
      super(Allocation.class);
    }

    /**
     * The fields of {@link AllocationDoc} and {@link AllocationLine} in their order, written directly: the
     * HTTP API writes this answer on every {@code POST /v1/allocate}, and the bean serializer's reflective
     * getters and {@code BigDecimal.toPlainString} were a third of that request's CPU.
     */
    @Override
    public void serialize(Allocation a, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject(a);
      gen.writeFieldName(TOTAL);
      JsonDecimals.writePlain(gen, a.total().amount());
      gen.writeFieldName(LINES);
      List<AllocationLine> lines = a.lines();
      gen.writeStartArray(lines, lines.size());
      for (AllocationLine l : lines) {
        gen.writeStartObject(l);
        gen.writeFieldName(RECIPIENT);
        gen.writeString(l.recipient());
        gen.writeFieldName(WEIGHT);
        JsonDecimals.writePlain(gen, l.weight());
        gen.writeFieldName(EXACT_SHARE);
        JsonDecimals.writePlain(gen, l.exactShare());
        gen.writeFieldName(AMOUNT);
        JsonDecimals.writePlain(gen, l.amount().amount());
        gen.writeFieldName(REMAINDER_CENTS);
        JsonDecimals.writePlain(gen, l.remainderCents());
        gen.writeFieldName(ROUNDED_UP);
        gen.writeBoolean(l.roundedUp());
        gen.writeFieldName(BINDING);
        gen.writeString(l.binding().name());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  /** The JSON shape of {@link Allocation}. */
  record AllocationDoc(Money total, List<AllocationLineDoc> lines) {}

  /**
   * The JSON shape of {@link AllocationLine}, boxed so that a missing field is told at its own path. The
   * weight is read in the range of {@link Weights} (checked by its builder), not in the 30 integer digits of
   * the JSON's other decimals: the exact weights of a {@link io.github.socialplan.budget.allocation.Blend}
   * pass them.
   */
  record AllocationLineDoc(String recipient, @JsonDeserialize(using = WeightValue.class) BigDecimal weight,
      BigDecimal exactShare, Money amount, BigDecimal remainderCents, Boolean roundedUp, Binding binding) {}

  /** A weight as the parser reads it, a number only; its range is checked by {@link Weights.Builder}. */
  static final class WeightValue extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    WeightValue() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }

    /**
     * The number at the parser, unbounded here: the weights' own range, which {@link Weights.Builder} checks
     * before it costs anything, lets a blend's exact weights pass the 30 integer digits of the JSON's other
     * decimals, so that what the library writes reads back.
     */
    static BigDecimal read(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
      }
      return p.getDecimalValue();
    }
  }

  private static final class AllocationDeserializer extends StdDeserializer<Allocation> {
    AllocationDeserializer() {
      super(Allocation.class);
    }

    @Override
    public Allocation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      AllocationDoc doc = ctxt.readValue(p, AllocationDoc.class);
      if (doc.total() == null || doc.lines() == null) {
        throw InvalidFormatException.from(p, "missing required field '"
            + (doc.total() == null ? "total" : "lines") + "' of Allocation", null, Allocation.class);
      }
      ResultJson.Checks c = new ResultJson.Checks(p, "Allocation");
      List<AllocationLine> lines = new ArrayList<>(doc.lines().size());
      for (int i = 0; i < doc.lines().size(); i++) {
        // each field at its own path, not a bare NullPointerException from AllocationLine or Allocation.of
        AllocationLineDoc l = c.required(doc.lines().get(i), "lines", i);
        String recipient = c.required(l.recipient(), "lines", i, "recipient");
        BigDecimal weight = c.required(l.weight(), "lines", i, "weight");
        try {
          Weights.builder().add(recipient, weight);
        } catch (IllegalArgumentException e) {
          throw c.fail(e.getMessage(), weight, "lines", i, "weight");
        }
        lines.add(new AllocationLine(recipient, weight, c.required(l.exactShare(), "lines", i, "exactShare"),
            c.required(l.amount(), "lines", i, "amount"), c.required(l.remainderCents(), "lines", i,
                "remainderCents"), c.required(l.roundedUp(), "lines", i, "roundedUp"),
            c.required(l.binding(), "lines", i, "binding")));
      }
      try {
        return Allocation.of(doc.total(), lines);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, e.getMessage(), null, Allocation.class);
      }
    }
  }
}
