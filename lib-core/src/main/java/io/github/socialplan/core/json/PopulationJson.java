package io.github.socialplan.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * {@link Population} as a JSON object:
 * <pre>{@code
 * {"territory":"019036","year":2014,"male":[...101 counts...],"female":[...101 counts...],
 *  "foreignResidents":8824,"births":592,"deaths":891}
 * }</pre>
 * The last three are written only when known. A population in age bands has {@code "ageBands"}, e.g.
 * {@code "0-14, 15-64, 65+"}, and one count per band in each array. Reading streams the two arrays straight
 * into {@code int}s and reports a bad count with its JSON path, e.g. {@code $.male[3]}.
 */
final class PopulationJson {

  static final String TERRITORY = "territory";
  static final String YEAR = "year";
  static final String AGE_BANDS = "ageBands";
  static final String MALE = "male";
  static final String FEMALE = "female";
  static final String FOREIGN = "foreignResidents";
  static final String BIRTHS = "births";
  static final String DEATHS = "deaths";

  private PopulationJson() {}

  static final class Serializer extends StdSerializer<Population> {
    Serializer() {
      super(Population.class);
    }

    @Override
    public void serialize(Population value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      gen.writeStringField(TERRITORY, value.territory());
      gen.writeNumberField(YEAR, value.year());
      if (!value.isSingleYears()) {
        gen.writeStringField(AGE_BANDS, value.ageBands().toString());
      }
      gen.writeFieldName(MALE);
      int[] male = value.bandCounts(Sex.MALE);
      gen.writeArray(male, 0, male.length);
      gen.writeFieldName(FEMALE);
      int[] female = value.bandCounts(Sex.FEMALE);
      gen.writeArray(female, 0, female.length);
      writeOptional(gen, FOREIGN, value.foreignResidents());
      writeOptional(gen, BIRTHS, value.births());
      writeOptional(gen, DEATHS, value.deaths());
      gen.writeEndObject();
    }

    private static void writeOptional(JsonGenerator gen, String name, OptionalLong v) throws IOException {
      if (v.isPresent()) {
        gen.writeNumberField(name, v.getAsLong());
      }
    }
  }

  static final class Deserializer extends StdDeserializer<Population> {
    Deserializer() {
      super(Population.class);
    }

    @Override
    public Population deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        t = p.nextToken();
      } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
        return (Population) ctxt.handleUnexpectedToken(Population.class, p);
      }
      String territory = null;
      Integer year = null;
      AgeBands bands = AgeBands.singleYears();
      int[] male = null;
      int[] female = null;
      long foreign = -1;
      long births = -1;
      long deaths = -1;
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        boolean unknown = false;
        try {
          switch (name) {
            case TERRITORY:
              territory = readString(p, ctxt);
              break;
            case YEAR:
              year = readInt(p, ctxt);
              break;
            case AGE_BANDS:
              String text = readString(p, ctxt);
              try {
                bands = AgeBands.parse(text);
              } catch (IllegalArgumentException e) {
                throw ValueJson.invalid(p, e, text, AgeBands.class);
              }
              break;
            case MALE:
              male = readCounts(p, ctxt);
              break;
            case FEMALE:
              female = readCounts(p, ctxt);
              break;
            case FOREIGN:
              foreign = readOptionalCount(p, ctxt);
              break;
            case BIRTHS:
              births = readOptionalCount(p, ctxt);
              break;
            case DEATHS:
              deaths = readOptionalCount(p, ctxt);
              break;
            default:
              // Not wrapped below: handleUnknownProperty puts the name on the path itself.
              unknown = true;
          }
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, Population.class, name);
        }
        if (unknown) {
          ctxt.handleUnknownProperty(p, this, Population.class, name);
        }
      }
      requirePresent(p, ctxt, TERRITORY, territory);
      requirePresent(p, ctxt, YEAR, year);
      requirePresent(p, ctxt, MALE, male);
      requirePresent(p, ctxt, FEMALE, female);
      Population.Builder b;
      try {
        b = Population.builder(territory, year, bands);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.wrapWithPath(ValueJson.invalid(p, e, year, int.class), Population.class, YEAR);
      }
      setCounts(p, b, bands, Sex.MALE, MALE, male);
      setCounts(p, b, bands, Sex.FEMALE, FEMALE, female);
      try {
        if (foreign >= 0) {
          b.foreignResidents(foreign);
        }
        if (births >= 0) {
          b.births(births);
        }
        if (deaths >= 0) {
          b.deaths(deaths);
        }
      } catch (IllegalArgumentException e) {
        throw ValueJson.invalid(p, e, null, long.class);
      }
      try {
        return b.build();
      } catch (IllegalArgumentException e) { // more foreign residents than residents
        throw JsonMappingException.wrapWithPath(ValueJson.invalid(p, e, foreign, long.class), Population.class,
            FOREIGN);
      }
    }

    /** Hands each count to the builder, so that its validation names the value and the path names the age. */
    private static void setCounts(JsonParser p, Population.Builder b, AgeBands bands, Sex sex, String field,
        int[] counts) throws JsonMappingException {
      if (counts.length != bands.size()) {
        try {
          b.counts(sex, counts);
        } catch (IllegalArgumentException e) {
          throw JsonMappingException.wrapWithPath(
              ValueJson.invalid(p, e, counts.length, int[].class), Population.class, field);
        }
      }
      for (int age = 0; age < counts.length; age++) {
        try {
          b.count(sex, bands.band(age), counts[age]);
        } catch (IllegalArgumentException e) {
          JsonMappingException x = ValueJson.invalid(p, e, counts[age], int.class);
          x.prependPath(counts, age);
          throw JsonMappingException.wrapWithPath(x, Population.class, field);
        }
      }
    }

    private static void requirePresent(JsonParser p, DeserializationContext ctxt, String field, Object v)
        throws IOException {
      if (v == null) {
        ctxt.reportInputMismatch(Population.class,
            "Population is missing the required property '%s' (needs territory, year, male, female)", field);
      }
    }

    private static String readString(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (String) ctxt.handleUnexpectedToken(String.class, p);
      }
      return p.getText();
    }

    private static int readInt(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return (Integer) ctxt.handleUnexpectedToken(int.class, p);
      }
      if (p.getNumberType() != JsonParser.NumberType.INT) {
        throw InvalidFormatException.from(p, "not an int: " + p.getText(), p.getText(), int.class);
      }
      return p.getIntValue();
    }

    private static long readOptionalCount(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return -1;
      }
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return (Long) ctxt.handleUnexpectedToken(long.class, p);
      }
      if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        throw InvalidFormatException.from(p, "count out of range: " + p.getText(), p.getText(), long.class);
      }
      long v = p.getLongValue();
      if (v < 0) {
        throw InvalidFormatException.from(p, "count must be >= 0: " + v, v, long.class);
      }
      return v;
    }

    /** Reads at most 101 ints; more is an error at the index of the first extra value. */
    private static int[] readCounts(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        return (int[]) ctxt.handleUnexpectedToken(int[].class, p);
      }
      int[] buf = new int[Population.AGE_CLASSES];
      int n = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        try {
          if (n == Population.AGE_CLASSES) {
            throw InvalidFormatException.from(p,
                "more than 101 counts: ages run from 0 to 100 (100 = 100 and over)", p.getText(), int[].class);
          }
          buf[n] = readInt(p, ctxt);
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, buf, n);
        }
        n++;
      }
      return n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
    }
  }
}
