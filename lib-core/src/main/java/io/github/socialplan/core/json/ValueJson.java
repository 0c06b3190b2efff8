package io.github.socialplan.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.territory.IstatCode;
import java.io.IOException;
import java.math.BigDecimal;

/** Serializers and deserializers of the scalar values: {@link Money}, {@link IstatCode}, {@link AgeBand}. */
final class ValueJson {

  private ValueJson() {}

  /** Money as a JSON number with exactly two decimals: {@code 860000.00}. */
  static final class MoneySerializer extends StdSerializer<Money> {
    MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      // Scale 2 and at least 0.01 in size: BigDecimal.toString never switches to exponent notation here.
      gen.writeNumber(value.amount());
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
          value = new BigDecimal(text);
        } catch (NumberFormatException e) {
          throw InvalidFormatException.from(p, "not an amount of money: '" + text + "'", text, Money.class);
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

  /** An ISTAT code as its six-digit string. */
  static final class IstatCodeSerializer extends StdSerializer<IstatCode> {
    IstatCodeSerializer() {
      super(IstatCode.class);
    }

    @Override
    public void serialize(IstatCode value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.value());
    }
  }

  /** An ISTAT code from a string of six digits; a number is refused (its leading zeros are lost). */
  static final class IstatCodeDeserializer extends StdScalarDeserializer<IstatCode> {
    IstatCodeDeserializer() {
      super(IstatCode.class);
    }

    @Override
    public IstatCode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT) {
        throw InvalidFormatException.from(p,
            "ISTAT comune code must be a JSON string of 6 digits (leading zeros matter), got the number "
                + p.getText(), p.getText(), IstatCode.class);
      }
      if (t != JsonToken.VALUE_STRING) {
        return (IstatCode) ctxt.handleUnexpectedToken(IstatCode.class, p);
      }
      String text = p.getText();
      try {
        return IstatCode.parse(text);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, e.getMessage(), abbreviate(text), IstatCode.class);
      }
    }
  }

  /** ISTAT codes as map keys. */
  static final class IstatCodeKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return IstatCode.parse(key);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdKeyException(IstatCode.class, abbreviate(key), e.getMessage());
      }
    }
  }

  /** An age band as its text: {@code "0-14"}, {@code "65+"}. */
  static final class AgeBandSerializer extends StdSerializer<AgeBand> {
    AgeBandSerializer() {
      super(AgeBand.class);
    }

    @Override
    public void serialize(AgeBand value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** An age band from its text. */
  static final class AgeBandDeserializer extends StdScalarDeserializer<AgeBand> {
    AgeBandDeserializer() {
      super(AgeBand.class);
    }

    @Override
    public AgeBand deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (AgeBand) ctxt.handleUnexpectedToken(AgeBand.class, p);
      }
      String text = p.getText();
      try {
        return AgeBand.parse(text);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, e.getMessage(), abbreviate(text), AgeBand.class);
      }
    }
  }

  /** Age bands as map keys. */
  static final class AgeBandKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return AgeBand.parse(key);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdKeyException(AgeBand.class, abbreviate(key), e.getMessage());
      }
    }
  }

  /** Cuts a long offending value so that an error message stays readable. */
  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  /** Wraps a validation error of a value into a mapping error at the parser's place. */
  static JsonMappingException invalid(JsonParser p, IllegalArgumentException e, Object value, Class<?> type) {
    InvalidFormatException x = InvalidFormatException.from(p, e.getMessage(), value, type);
    x.initCause(e);
    return x;
  }
}
