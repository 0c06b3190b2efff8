package io.github.socialplan.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.number.DecimalBounds;
import io.github.socialplan.core.number.PlainNumbers;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.territory.IstatCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Serializers and deserializers of the scalar values: {@link Money}, {@link IstatCode}, {@link AgeBand},
 * bounded {@link BigDecimal}s.
 */
final class ValueJson {

  private ValueJson() {}

  /** Money as a JSON number with exactly two decimals: {@code 860000.00}. */
  static final class MoneySerializer extends StdSerializer<Money> {
    MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      JsonDecimals.writePlain(gen, value.amount());
    }
  }

  /** Money from a number ({@code 860000}, {@code 12.5}) or a string ({@code "12.50"}); cents at most. */
  static final class MoneyDeserializer extends StdScalarDeserializer<Money> {
    MoneyDeserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      String text;
      BigDecimal value;
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        text = p.getText();
        value = p.getDecimalValue();
      } else if (t == JsonToken.VALUE_STRING) {
        text = p.getText().trim();
        // The number-length limit applies to numbers in strings too: BigDecimal parsing is superlinear.
        int max = p.streamReadConstraints().getMaxNumberLength();
        if (text.length() > max) {
          throw InvalidFormatException.from(p,
              "amount of money longer than " + max + " characters", abbreviate(text), Money.class);
        }
        try {
          return Money.parse(text); // as a table's text: a plain decimal, at most two decimals written
        } catch (IllegalArgumentException e) {
          throw InvalidFormatException.from(p, e.getMessage(), text, Money.class);
        }
      } else {
        return (Money) ctxt.handleUnexpectedToken(Money.class, p);
      }
      try {
        return Money.of(value);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, e.getMessage(), text, Money.class);
      }
    }
  }

  /**
   * A value read from its text form with its own {@code parse}, as ISTAT codes ({@code "019036"}) and age
   * bands ({@code "65+"}) are; written back with {@code toString} by Jackson's {@code ToStringSerializer}.
   */
  static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
    private final transient Function<String, T> parse;
    private final String numberRefusal;

    /**
     * @param numberRefusal what to say when the JSON has a number instead of a string, or null to let
     *     Jackson report the unexpected token
     */
    TextDeserializer(Class<T> type, Function<String, T> parse, String numberRefusal) {
      super(type);
      this.parse = parse;
      this.numberRefusal = numberRefusal;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (numberRefusal != null && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)) {
        throw InvalidFormatException.from(p, numberRefusal + p.getText(), p.getText(), handledType());
      }
      if (t != JsonToken.VALUE_STRING) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      String text = p.getText();
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, e.getMessage(), abbreviate(text), handledType());
      }
    }
  }

  /**
   * Every other decimal ({@code areaKm2}, a target's value): as Jackson reads it, then checked against
   * {@link DecimalBounds}, so that {@code 1e999999999} fails here and not later, when it is rounded.
   */
  static final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    BoundedDecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
      if (value != null && !DecimalBounds.within(value)) {
        try {
          DecimalBounds.check(value, "decimal");
        } catch (IllegalArgumentException e) {
          throw invalid(p, e, value.toString(), BigDecimal.class);
        }
      }
      return value;
    }
  }

  /** The same values as map keys. */
  static final class TextKeyDeserializer<T> extends KeyDeserializer {
    private final Class<T> type;
    private final Function<String, T> parse;

    TextKeyDeserializer(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return parse.apply(key);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdKeyException(type, abbreviate(key), e.getMessage());
      }
    }
  }

  /**
   * A whole number as a JSON key (a year of a target's path) written as the library writes it: ASCII digits,
   * an optional minus, no leading zeros or plus sign, so that two keys of a map never name one number.
   */
  static Integer wholeNumberKey(String key) {
    int n = PlainNumbers.parseInt(key);
    if (!Integer.toString(n).equals(key)) {
      throw new IllegalArgumentException("a whole number as a key is written without leading zeros: '" + key
          + "' would be " + n);
    }
    return n;
  }

  /** Cuts a long offending value so that an error message stays readable. */
  static String abbreviate(String s) {
    return ErrorBody.cut(s);
  }

  /** Wraps a validation error of a value into a mapping error at the parser's place. */
  static JsonMappingException invalid(JsonParser p, IllegalArgumentException e, Object value, Class<?> type) {
    InvalidFormatException x = InvalidFormatException.from(p, e.getMessage(), value, type);
    x.initCause(e);
    return x;
  }
}
