package io.github.socialplan.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.socialplan.core.money.Money;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says what is wrong with JSON input in socialplan's own words: Jackson's and Immutables' messages name
 * their classes and settings, which mean nothing to the sender of a request.
 */
final class JsonProblems {

  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]");
  /** Jackson's pointers into its own API: "(start marker at [Source: ...])", "from `Stream...`". */
  private static final Pattern JARGON =
      Pattern.compile("\\s*\\((?:start marker|for \\w+ starting) at \\[Source:.*$|,? from `[^`]*`|\\s*\\(set [^)]*\\)");

  private JsonProblems() {}

  /** What is wrong, without class names. */
  static String describe(JsonProcessingException e, JsonParser p) {
    if (e instanceof ValueInstantiationException) {
      // A value type rejected its attributes (a @Value.Check, a missing required attribute).
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof IllegalArgumentException || c instanceof IllegalStateException
            || c instanceof NullPointerException) {
          return missing(c.getMessage());
        }
      }
      return "invalid " + name(((ValueInstantiationException) e).getType().getRawClass());
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      return "unknown field '" + ErrorBody.cut(u.getPropertyName()) + "' of " + name(u.getReferringClass())
          + (u.getKnownPropertyIds() == null ? "" : "; known: " + u.getKnownPropertyIds().stream()
              .map(String::valueOf).sorted().collect(Collectors.joining(", ", "[", "]")));
    }
    String msg = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return clean(msg);
    }
    if (msg != null && msg.startsWith("No content to map")) {
      return "no JSON value: the input is empty";
    }
    if (msg != null && msg.startsWith("Trailing token")) {
      return "trailing content after the JSON value: " + token(p);
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      Class<?> target = m.getTargetType();
      if (msg != null && msg.startsWith("Missing required creator property")) {
        // before the own messages: Jackson's wording here has none of the marks that tell its messages apart
        Matcher q = Pattern.compile("'([^']*)'").matcher(msg);
        return "missing required field " + (q.find() ? "'" + q.group(1) + "'" : "");
      }
      if (isOwnMessage(msg)) {
        // Our own deserializers' messages (money, ISTAT codes, age bands) are already in plain words.
        if (e instanceof InvalidFormatException) {
          Object value = ((InvalidFormatException) e).getValue();
          String text = value == null ? null : written((InvalidFormatException) e, p);
          if (text != null && !msg.contains(text)) {
            msg = msg + ": " + text;
          }
        }
        return msg;
      }
      if (target != null && target.isEnum()) {
        Object value = e instanceof InvalidFormatException ? ((InvalidFormatException) e).getValue() : null;
        String allowed = Arrays.stream(target.getEnumConstants()).map(String::valueOf)
            .collect(Collectors.joining(", "));
        return value instanceof String
            ? "'" + ErrorBody.cut((String) value) + "' is not one of " + allowed
            : "expected one of " + allowed + ", got " + token(p);
      }
      return "expected " + (target == null ? "another value" : expected(target)) + ", got " + token(p);
    }
    // A syntax error of the tokenizer: Jackson's wording is plain enough once its pointers are cut.
    return "malformed JSON: " + clean(msg);
  }

  /** The offending value as written: the scalar the parser stands on, or the unknown field's name. */
  static String offendingValue(JsonProcessingException e, JsonParser p) {
    if (e instanceof UnrecognizedPropertyException) {
      return ((UnrecognizedPropertyException) e).getPropertyName();
    }
    if (e instanceof InvalidFormatException && ((InvalidFormatException) e).getValue() != null) {
      return written((InvalidFormatException) e, p);
    }
    if (e instanceof ValueInstantiationException || e instanceof StreamConstraintsException || p == null) {
      return null;
    }
    JsonToken t = p.currentToken();
    if (t == null || !t.isScalarValue()) {
      return null;
    }
    try {
      return p.getText();
    } catch (IOException | RuntimeException x) {
      return null;
    }
  }

  /**
   * The value of a format error as the input wrote it. Jackson gives a number that is refused as the double
   * it made of it, which is another text (1.0E-7 for 1e-7) and may be another number (1.0E20 for
   * 99999999999999999999.5): the number token's own text is quoted instead.
   */
  private static String written(InvalidFormatException e, JsonParser p) {
    Object value = e.getValue();
    if (value instanceof Number && p != null && p.currentToken() != null && p.currentToken().isNumeric()) {
      try {
        return p.getText();
      } catch (IOException | RuntimeException x) {
        // fall back to the value Jackson kept
      }
    }
    return String.valueOf(value);
  }

  /** "missing required field(s) ..." for Immutables' message, the message itself otherwise. */
  private static String missing(String message) {
    if (message == null) {
      return "invalid value";
    }
    Matcher m = MISSING.matcher(message);
    if (m.find()) {
      String[] fields = m.group(2).split(",\\s*");
      return (fields.length == 1 ? "missing required field '" : "missing required fields '")
          + String.join("', '", fields) + "' of " + m.group(1);
    }
    return message;
  }

  private static boolean isOwnMessage(String msg) {
    return msg != null && !msg.startsWith("Cannot ") && !msg.contains("`") && !msg.contains("Unexpected token")
        && !msg.contains("JsonToken");
  }

  private static String clean(String msg) {
    return msg == null ? "unreadable input" : JARGON.matcher(msg).replaceAll("").trim();
  }

  /** What kind of JSON value a type takes, in JSON's own terms. */
  static String expected(JavaType type) {
    if (type.isCollectionLikeType() || type.isArrayType()) {
      return "an array";
    }
    return expected(type.getRawClass());
  }

  static String expected(Class<?> c) {
    if (c == String.class || c == CharSequence.class || c == Character.class || c == char.class) {
      return "a string";
    }
    if (c == Money.class) {
      return "an amount of money (a number with at most 2 decimals)";
    }
    if (c.isPrimitive() && c != boolean.class || Number.class.isAssignableFrom(c)
        || c == BigDecimal.class || c == BigInteger.class) {
      boolean whole = c == int.class || c == long.class || c == short.class || c == byte.class
          || c == Integer.class || c == Long.class || c == Short.class || c == Byte.class
          || c == BigInteger.class;
      return whole ? "a whole number" : "a number";
    }
    if (c == boolean.class || c == Boolean.class) {
      return "true or false";
    }
    if (c.isArray() || Collection.class.isAssignableFrom(c)) {
      return "an array";
    }
    if (Temporal.class.isAssignableFrom(c)) {
      return "a date string";
    }
    if (c == Optional.class || c == Object.class) {
      return "a value";
    }
    if (Map.class.isAssignableFrom(c)) {
      return "an object";
    }
    return "an object (" + name(c) + ")";
  }

  /** The token the parser stands on, described for a reader of the input. */
  static String token(JsonParser p) {
    return p == null ? "something else" : token(p.currentToken(), p);
  }

  static String token(JsonToken t, JsonParser p) {
    if (t == null) {
      return "the end of the input";
    }
    String text = "";
    try {
      // a field name is not a scalar, but its text is what the reader needs to see
      text = t.isScalarValue() || t == JsonToken.FIELD_NAME ? ErrorBody.cut(p.getText()) : "";
    } catch (IOException | RuntimeException x) {
      text = "";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
      case END_ARRAY:
        return "the end of an " + (t == JsonToken.END_OBJECT ? "object" : "array");
      case FIELD_NAME:
        return "the field '" + text + "'";
      case VALUE_STRING:
        return "the string \"" + text + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + text;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return text;
      case VALUE_NULL:
        return "null";
      default:
        return "another value";
    }
  }

  /** The public type a generated class stands for (ImmutablePlan.Json is shown as Plan). */
  static String name(Class<?> c) {
    if (c == null) {
      return "value";
    }
    String simple = c.getSimpleName();
    if (!Modifier.isPublic(c.getModifiers()) && simple.endsWith("Doc") && simple.length() > 3) {
      // a module's private JSON shape of a public type (TransitionLineDoc of TransitionLine): named as that
      return simple.substring(0, simple.length() - 3);
    }
    Class<?> k = c;
    while (k != null && (!Modifier.isPublic(k.getModifiers()) || k.getSimpleName().startsWith("Immutable")
        || k.getSimpleName().equals("Json"))) {
      k = k.getEnclosingClass() != null && !Modifier.isPublic(k.getModifiers()) ? k.getEnclosingClass()
          : k.getSuperclass();
    }
    return (k == null || k == Object.class ? c : k).getSimpleName();
  }
}
