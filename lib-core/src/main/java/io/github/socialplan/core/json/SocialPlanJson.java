package io.github.socialplan.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * Reads and writes socialplan values as JSON, safely enough for untrusted input (<i>lettura JSON
 * sicura</i>).
 *
 * <pre>{@code
 * Plan plan = SocialPlanJson.read(Path.of("plan.json"), Plan.class);   // JsonInputException if bad
 * String json = SocialPlanJson.write(plan);
 * JsonMapper mapper = SocialPlanJson.mapper();                           // the same settings, your own copy
 * }</pre>
 *
 * <p>The mapper has {@link SocialPlanModule} registered, and the Jackson modules of the other socialplan
 * artifacts on the class path (the budget and indicator requests and results), and:
 * <ul>
 *   <li>no default typing, and a polymorphic type validator that allows nothing, so no JSON can name a
 *       class to instantiate;</li>
 *   <li>{@link StreamReadConstraints}: nesting at most {@value #MAX_NESTING_DEPTH} deep, numbers at most
 *       {@value #MAX_NUMBER_LENGTH} characters, strings at most {@value #MAX_STRING_LENGTH} characters,
 *       property names at most {@value #MAX_NAME_LENGTH}, documents at most {@value #MAX_DOCUMENT_LENGTH}
 *       bytes or characters;</li>
 *   <li>strict reading: unknown properties, {@code null} for a primitive, trailing tokens after the value,
 *       duplicate properties, numbers for enums, floats for ints and strings for numbers are all errors;
 *       floats are read as {@link java.math.BigDecimal}, never through {@code double};</li>
 *   <li>on writing: absent optionals are left out, map entries sorted by key, decimals never in exponent
 *       notation.</li>
 * </ul>
 * The {@code read} methods turn every Jackson error into a {@link JsonInputException} that names the
 * JSON path, line and column, and the offending value.
 *
 * <p>This class is thread-safe: the shared mapper is never exposed; {@link #mapper()} returns a new one.
 */
public final class SocialPlanJson {

  /** The deepest nesting of arrays and objects accepted; the domain values need fewer than 10 levels. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest number accepted, in characters (a cent amount of 10^30 euro needs 33). */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** The longest property name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The longest document accepted, in bytes or characters (64 MiB: all Italian comuni fit many times). */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  private static final JsonMapper MAPPER = mapper();

  /** The compact writer, leaving the stream it writes to open and unflushed. */
  private static final ObjectWriter STREAM_WRITER = MAPPER.writer()
      .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .without(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);

  private static final Object READERS_LOCK = new Object();

  /**
   * One reader per value type, made on its first read: {@code readerFor} builds a new reader and looks up
   * the type and its deserializer on every call, which the HTTP API would pay on every request. Readers are
   * made one at a time: a thread that needs a reader another thread is making (see {@link #prepare}) waits
   * for it and then finds Jackson's work done, instead of doing it a second time alongside.
   */
  private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
    @Override
    protected ObjectReader computeValue(Class<?> type) {
      synchronized (READERS_LOCK) {
        return MAPPER.readerFor(type);
      }
    }
  };

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private SocialPlanJson() {}

  /** {@return the read limits of {@link #mapper()}} */
  public static StreamReadConstraints readConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .build();
  }

  /**
   * Returns a builder with every setting of {@link #mapper()}, to add your own before {@code build()}.
   *
   * @return a new builder
   */
  public static JsonMapper.Builder mapperBuilder() {
    JsonFactoryBuilder factory = new JsonFactoryBuilder()
        .streamReadConstraints(readConstraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // 0.000000000000, never 0E-12: every client's JSON parser reads a plain number.
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        // Never echo the input into error messages: it may be large or sensitive.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
    JsonMapper.Builder builder = JsonMapper.builder(factory.build()).addModule(new SocialPlanModule());
    // The other socialplan modules (budget, indicators) declare their Jackson module as a service; only
    // socialplan's own are taken, so what the mapper accepts does not depend on other jars. The others are
    // not even made: their classes are chosen by name before any provider is instantiated.
    ServiceLoader.load(Module.class, SocialPlanJson.class.getClassLoader()).stream()
        .filter(p -> p.type().getName().startsWith("io.github.socialplan."))
        .forEach(p -> builder.addModule(p.get()));
    return builder
        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // A number or boolean where text is expected ("id": 123) is an error, not the text "123".
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT);
  }

  /**
   * Returns a new mapper with the settings described above; changing it does not affect this class.
   *
   * @return a new mapper
   */
  public static JsonMapper mapper() {
    return mapperBuilder().build();
  }

  /**
   * Writes a value as compact JSON.
   *
   * @param value not null
   * @return the JSON text
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a value as compact UTF-8 JSON to a byte stream, without building the text first; neither flushes
   * nor closes the stream (an HTTP server that sees the whole answer before a flush can send its length).
   *
   * @param value not null
   * @param out not null
   * @throws IOException if the stream fails
   */
  public static void write(Object value, OutputStream out) throws IOException {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    STREAM_WRITER.writeValue(out, value);
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value not null
   * @return the JSON text
   */
  public static String writePretty(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prepares the reading of a type ahead of its first read. The first read of a type in a fresh JVM spends
   * most of its time on Jackson's study of the type (tens to hundreds of milliseconds for a plan); a
   * short-lived program, such as a command line, can have that done on another thread while it does
   * something else. Safe to call from any thread, any number of times; a later read of the type uses what
   * was prepared.
   *
   * @param type not null, e.g. {@code Plan.class}
   */
  public static void prepare(Class<?> type) {
    READERS.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * Reads a value from JSON text.
   *
   * @param <T> the value type
   * @param json not null
   * @param type not null, e.g. {@code Plan.class}
   * @return the value, never null
   * @throws JsonInputException if the JSON is malformed, too large or not a valid value
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return readText(json, READERS.get(type), type);
  }

  /**
   * Reads a value from JSON text, for generic types such as {@code List<Population>}.
   *
   * @param <T> the value type
   * @param json not null
   * @param type not null, e.g. {@code new TypeReference<List<Population>>() {}}
   * @return the value, never null
   * @throws JsonInputException if the JSON is malformed, too large or not a valid value
   */
  public static <T> T read(String json, TypeReference<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    return readText(json, MAPPER.readerFor(type), type.getType());
  }

  private static <T> T readText(String json, ObjectReader reader, java.lang.reflect.Type type) {
    try (JsonParser p = MAPPER.createParser(json)) {
      return readFrom(p, reader, type, "");
    } catch (IOException e) {
      // Only closing a parser over a String can land here; Jackson's own errors are handled in readFrom.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value from a UTF-8 JSON file; errors name the file.
   *
   * @param <T> the value type
   * @param file not null
   * @param type not null
   * @return the value, never null
   * @throws JsonInputException if the JSON is malformed, too large or not a valid value
   * @throws IOException if the file cannot be read
   */
  public static <T> T read(Path file, Class<T> type) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(type, "type");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), type);
    }
  }

  /**
   * Reads a value from a JSON byte stream (UTF-8, or UTF-16/32 with their marks); does not close it.
   *
   * @param <T> the value type
   * @param in not null
   * @param source names the input in error messages (a file name, a URL), not null, may be empty
   * @param type not null
   * @return the value, never null
   * @throws JsonInputException if the JSON is malformed, too large or not a valid value
   * @throws IOException if the stream cannot be read
   */
  public static <T> T read(InputStream in, String source, Class<T> type) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    try (JsonParser p = MAPPER.createParser(in)) {
      return readFrom(p, READERS.get(type), type, source);
    }
  }

  /**
   * Reads a value from UTF-8 JSON bytes (or UTF-16/32 with their marks), such as a request body already
   * read into memory.
   *
   * @param <T> the value type
   * @param json not null
   * @param source names the input in error messages (a file name, a URL), not null, may be empty
   * @param type not null
   * @return the value, never null
   * @throws JsonInputException if the JSON is malformed, too large or not a valid value
   */
  public static <T> T read(byte[] json, String source, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    try (JsonParser p = MAPPER.createParser(json)) {
      return readFrom(p, READERS.get(type), type, source);
    } catch (IOException e) {
      // A parser over bytes in memory does no I/O; Jackson's own errors are handled in readFrom.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value from JSON characters; does not close the reader.
   *
   * @param <T> the value type
   * @param in not null
   * @param source names the input in error messages, not null, may be empty
   * @param type not null
   * @return the value, never null
   * @throws JsonInputException if the JSON is malformed, too large or not a valid value
   * @throws IOException if the reader fails
   */
  public static <T> T read(Reader in, String source, Class<T> type) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    try (JsonParser p = MAPPER.createParser(in)) {
      return readFrom(p, READERS.get(type), type, source);
    }
  }

  private static <T> T readFrom(JsonParser p, ObjectReader reader, java.lang.reflect.Type type, String source)
      throws IOException {
    // Stream closing is the caller's business; our parser must not close it (AUTO_CLOSE_SOURCE).
    p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    T value;
    try {
      value = reader.readValue(p);
      if (value == null) {
        throw new JsonInputException(source, "$", line(p.currentLocation()), column(p.currentLocation()),
            "expected " + JsonProblems.expected(MAPPER.constructType(type)) + ", got null or no content", null);
      }
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw new JsonInputException(source, "$", line(p.currentTokenLocation()),
            column(p.currentTokenLocation()), "trailing content after the JSON value: "
            + JsonProblems.token(trailing, p), null);
      }
    } catch (JsonProcessingException e) {
      throw toInputException(e, source, p);
    }
    return value;
  }

  /**
   * Describes a Jackson error as a {@link JsonInputException}; for callers that use their own mapper.
   *
   * @param e the Jackson error, not null
   * @param source names the input, not null, may be empty
   * @return the exception to throw, with {@code e} as its cause
   */
  public static JsonInputException toInputException(JsonProcessingException e, String source) {
    Objects.requireNonNull(e, "e");
    Objects.requireNonNull(source, "source");
    JsonParser p = e.getProcessor() instanceof JsonParser ? (JsonParser) e.getProcessor() : null;
    return toInputException(e, source, p);
  }

  private static JsonInputException toInputException(JsonProcessingException e, String source, JsonParser p) {
    // A tokenizer error (syntax, a size limit) that databind wrapped on its way out carries only the path
    // of the enclosing object; the parser still knows the exact place.
    JsonProcessingException streamError = e;
    if (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException
        && !(e.getCause() instanceof JsonMappingException)) {
      streamError = (JsonProcessingException) e.getCause();
    }
    boolean fromTokenizer = !(streamError instanceof JsonMappingException);
    String path = null;
    if (fromTokenizer && p != null) {
      path = path(p.getParsingContext());
    } else if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
      path = path(((JsonMappingException) e).getPath());
    } else if (p != null) {
      // On the start of an array or object the parser is already inside it: the value is its parent's.
      JsonStreamContext context = p.getParsingContext();
      boolean opened = p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT;
      path = path(opened && context.getParent() != null ? context.getParent() : context);
    }
    JsonLocation loc = streamError.getLocation();
    if (loc == null && p != null) {
      loc = p.currentLocation();
    }
    return new JsonInputException(source, path == null ? "$" : path, line(loc), column(loc),
        JsonProblems.describe(streamError, p), JsonProblems.offendingValue(streamError, p), e);
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        appendName(sb, r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      } else {
        sb.append("[?]");
      }
    }
    return sb.toString();
  }

  private static String path(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder sb = new StringBuilder("$");
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        sb.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
      } else if (c.getCurrentName() != null) {
        appendName(sb, c.getCurrentName());
      }
    }
    return sb.toString();
  }

  private static void appendName(StringBuilder sb, String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      sb.append('.').append(name);
    } else {
      sb.append("['").append(ValueJson.abbreviate(name).replace("'", "\\'")).append("']");
    }
  }

  private static long line(JsonLocation loc) {
    return loc == null ? -1 : loc.getLineNr();
  }

  private static long column(JsonLocation loc) {
    return loc == null ? -1 : loc.getColumnNr();
  }
}
