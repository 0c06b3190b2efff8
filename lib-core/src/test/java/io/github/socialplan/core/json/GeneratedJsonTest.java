package io.github.socialplan.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.socialplan.core.testing.ReferenceFiles;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The reading of Immutables value types through their generated JSON class, and {@link SocialPlanJson#prepare}.
 */
class GeneratedJsonTest {

  private static Path cremona() {
    return ReferenceFiles.folder().getParent().resolve("plans").resolve("cremona-pdz-2015-2017.json");
  }

  private static JavaType type(String name) throws ClassNotFoundException {
    return TypeFactory.defaultInstance().constructType(Class.forName(name));
  }

  @Test
  void takesSocialPlansGeneratedTypes_only() throws Exception {
    GeneratedJson d = new GeneratedJson();
    assertNotNull(d.findBeanDeserializer(type("io.github.socialplan.core.plan.ImmutablePlan"), null, null));
    assertNotNull(d.findBeanDeserializer(type("io.github.socialplan.core.fund.ImmutableFund"), null, null));
    assertNotNull(d.findBeanDeserializer(type("io.github.socialplan.core.plan.ImmutablePlan$Json"), null, null));
    assertNull(d.findBeanDeserializer(type(Json.class.getName()), null, null)); // a Json class, not generated
    // The abstract type, a hand-written type and a foreign type are left to Jackson.
    assertNull(d.findBeanDeserializer(type("io.github.socialplan.core.plan.Plan"), null, null));
    assertNull(d.findBeanDeserializer(type("io.github.socialplan.core.money.Money"), null, null));
    assertNull(d.findBeanDeserializer(type("java.lang.StringBuilder"), null, null));
  }

  @Test
  void readsThePlan_asJacksonsOwnIntrospectionDoes() throws Exception {
    String json = Files.readString(cremona());
    // socialplan's value deserializers without GeneratedJson: Jackson finds ImmutablePlan's creator itself.
    com.fasterxml.jackson.databind.module.SimpleModule values = new com.fasterxml.jackson.databind.module.SimpleModule();
    values.addDeserializer(Money.class, new ValueJson.MoneyDeserializer());
    values.addDeserializer(BigDecimal.class, new ValueJson.BoundedDecimalDeserializer());
    JsonMapper plain = JsonMapper.builder().addModule(values)
        .addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module()).build();
    Plan byJackson = plain.readValue(json, Plan.class);
    Plan bySocialPlan = SocialPlanJson.read(json, Plan.class);
    assertEquals(byJackson, bySocialPlan);
    assertFalse(bySocialPlan.actions().isEmpty());
  }

  /** A class named as Immutables names its JSON class, outside an {@code Immutable*} class. */
  static final class Json {}

  /** The shape Immutables generates: a {@code Json} class of setters and a static {@code fromJson}. */
  static final class ImmutableFake {
    final String name;
    final java.util.Optional<String> note;
    final List<ImmutableFake> parts;

    ImmutableFake(String name, java.util.Optional<String> note, List<ImmutableFake> parts) {
      this.name = name;
      this.note = note;
      this.parts = parts;
    }

    static final class Json {
      String name;
      java.util.Optional<String> note = java.util.Optional.empty();
      List<ImmutableFake> parts = List.of();

      @com.fasterxml.jackson.annotation.JsonProperty("name")
      public void setName(String name) {
        this.name = name;
      }

      @com.fasterxml.jackson.annotation.JsonProperty("note")
      public void setNote(java.util.Optional<String> note) {
        this.note = note;
      }

      @com.fasterxml.jackson.annotation.JsonProperty("parts")
      public void setParts(List<ImmutableFake> parts) {
        this.parts = parts;
      }

      @com.fasterxml.jackson.annotation.JsonProperty("boom")
      public void setBoom(Boom boom) {}
    }

    /** Not the JSON class, though nested in the same class. */
    static final class Other {}

    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
    static ImmutableFake fromJson(Json json) {
      if (json.name == null) {
        throw new IllegalStateException("Cannot build Fake, some of required attributes are not set [name]");
      }
      return new ImmutableFake(json.name, json.note, json.parts);
    }
  }

  /** A value whose deserializer fails with a runtime exception, as a user's own deserializer might. */
  @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = BoomDeserializer.class)
  static final class Boom {}

  static final class BoomDeserializer extends com.fasterxml.jackson.databind.JsonDeserializer<Boom> {
    @Override
    public Boom deserialize(com.fasterxml.jackson.core.JsonParser p,
        com.fasterxml.jackson.databind.DeserializationContext ctxt) {
      throw new IllegalArgumentException("boom");
    }
  }

  static final class ImmutableNotNamedFromJson {
    static final class Json {}

    static ImmutableNotNamedFromJson create(Json json) {
      return new ImmutableNotNamedFromJson();
    }
  }

  static final class ImmutableTwoValues {
    static final class Json {}

    static ImmutableTwoValues fromJson(Json json, String more) {
      return new ImmutableTwoValues();
    }
  }

  static final class ImmutableBorrowed {
    static final class Json {}

    static ImmutableBorrowed fromJson(ImmutableFake.Json json) {
      return new ImmutableBorrowed();
    }
  }

  static final class ImmutableNotNamedJson {
    static final class Fields {}

    static ImmutableNotNamedJson fromJson(Fields json) {
      return new ImmutableNotNamedJson();
    }
  }

  /** Methods of a {@code Json} class that are not its setters: not public, two values, no annotation. */
  static final class ImmutableOdd {
    static final class Json {
      @com.fasterxml.jackson.annotation.JsonProperty("name")
      public void setName(String name) {}

      @com.fasterxml.jackson.annotation.JsonProperty("hidden")
      void setHidden(String hidden) {}

      @com.fasterxml.jackson.annotation.JsonProperty("pair")
      public void setPair(String a, String b) {}

      public void setPlain(String plain) {}
    }

    static ImmutableOdd fromJson(Json json) {
      return new ImmutableOdd();
    }
  }

  /** Near misses of that shape, each left to Jackson. */
  static final class ImmutableNoJson {
    static ImmutableNoJson fromJson(String json) {
      return new ImmutableNoJson();
    }
  }

  static final class ImmutableInstanceCreator {
    static final class Json {}

    ImmutableInstanceCreator fromJson(Json json) {
      return this;
    }
  }

  static final class ImmutableOtherResult {
    static final class Json {}

    static String fromJson(Json json) {
      return "";
    }
  }

  static final class ImmutableNoCreator {
    static final class Json {}
  }

  static final class ImmutableNoDefaultConstructor {
    static final class Json {
      Json(String required) {}
    }

    static ImmutableNoDefaultConstructor fromJson(Json json) {
      return new ImmutableNoDefaultConstructor();
    }
  }

  static final class FakeNotNamedImmutable {
    static final class Json {}

    static FakeNotNamedImmutable fromJson(Json json) {
      return new FakeNotNamedImmutable();
    }
  }

  @Test
  void findsTheGeneratedShape_andLeavesEveryNearMissToJackson() throws Exception {
    GeneratedJson d = new GeneratedJson();
    String here = GeneratedJsonTest.class.getName() + "$";
    assertNotNull(d.findBeanDeserializer(type(here + "ImmutableFake"), null, null));
    com.fasterxml.jackson.databind.JsonDeserializer<?> fields =
        d.findBeanDeserializer(type(here + "ImmutableFake$Json"), null, null);
    assertNotNull(fields);
    assertEquals(ImmutableFake.Json.class, fields.handledType());
    assertEquals(com.fasterxml.jackson.databind.type.LogicalType.POJO, fields.logicalType());
    assertEquals(com.fasterxml.jackson.databind.type.LogicalType.POJO,
        d.findBeanDeserializer(type(here + "ImmutableFake"), null, null).logicalType());
    assertEquals(List.of("boom", "name", "note", "parts"),
        fields.getKnownPropertyNames().stream().map(String::valueOf).sorted().collect(java.util.stream.Collectors.toList()));
    assertEquals(List.of("name"), List.copyOf(
        d.findBeanDeserializer(type(here + "ImmutableOdd$Json"), null, null).getKnownPropertyNames()));
    for (String miss : List.of("ImmutableNoJson", "ImmutableInstanceCreator", "ImmutableInstanceCreator$Json",
        "ImmutableOtherResult", "ImmutableOtherResult$Json", "ImmutableNoCreator", "ImmutableNoCreator$Json",
        "ImmutableNoDefaultConstructor$Json", "FakeNotNamedImmutable", "FakeNotNamedImmutable$Json",
        "ImmutableFake$Other", "ImmutableNotNamedFromJson", "ImmutableNotNamedFromJson$Json", "ImmutableTwoValues",
        "ImmutableTwoValues$Json", "ImmutableBorrowed", "ImmutableBorrowed$Json", "ImmutableNotNamedJson",
        "ImmutableNotNamedJson$Fields")) {
      assertNull(d.findBeanDeserializer(type(here + miss), null, null), miss);
    }
    assertNull(d.findBeanDeserializer(type("io.github.socialplanfake.ImmutableForeign"), null, null));
    assertNull(d.findBeanDeserializer(type("io.github.socialplanfake.ImmutableForeign$Json"), null, null));
    assertNull(d.findBeanDeserializer(type("java.util.Map$Entry"), null, null)); // nested, not a Json
  }

  @Test
  void readsTheGeneratedShape_asJacksonsOwnBeanDeserializerDoes() throws Exception {
    JsonMapper plain = plainJackson();
    JsonMapper ours = SocialPlanJson.mapper();
    String json = "{\"name\":\"a\",\"note\":null,\"parts\":[{\"name\":\"b\",\"note\":\"n\"},{\"name\":\"c\"}]}";
    for (JsonMapper m : List.of(plain, ours)) {
      ImmutableFake f = m.readValue(json, ImmutableFake.class);
      assertEquals("a", f.name);
      assertEquals(java.util.Optional.empty(), f.note); // a null is the value deserializer's null value
      assertEquals(2, f.parts.size());
      assertEquals(java.util.Optional.of("n"), f.parts.get(0).note); // the same type, nested
    }
    // A parser already inside the object (at its first field, or at its end) reads on from there.
    for (JsonMapper m : List.of(plain, ours)) {
      com.fasterxml.jackson.core.JsonParser p = m.createParser("{\"name\":\"a\"}");
      p.nextToken();
      p.nextToken();
      assertEquals("a", m.readValue(p, ImmutableFake.class).name);
    }
    // Unknown fields, when allowed, are skipped with what they hold.
    String unknown = "{\"zzz\":{\"deep\":[1,{\"name\":\"x\"}]},\"name\":\"a\"}";
    for (JsonMapper m : List.of(plain.rebuild().disable(com.fasterxml.jackson.databind.DeserializationFeature
        .FAIL_ON_UNKNOWN_PROPERTIES).build(), SocialPlanJson.mapperBuilder().disable(
            com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build())) {
      assertEquals("a", m.readValue(unknown, ImmutableFake.class).name);
    }
  }

  @Test
  void failsAsJacksonsOwnBeanDeserializerFails_withAndWithoutWrappedExceptions() throws Exception {
    String[] bad = {
        "{\"name\":\"a\",\"colour\":1}",
        "{\"name\":7}",
        "{\"name\":\"a\",\"parts\":[{\"name\":[]}]}",
        "{\"name\":\"a\",\"parts\":[{}]}",
        "{\"name\":\"a\",\"parts\":\"b\"}",
        "[{\"name\":\"a\"}]",
        "\"a\"",
        "{\"name\":\"a\",\"parts\":[{\"name\":\"b\",\"boom\":\"boom\"}]}", // a runtime exception
    };
    for (boolean wrap : new boolean[] {true, false}) {
      JsonMapper plain = plainJackson().rebuild()
          .configure(com.fasterxml.jackson.databind.DeserializationFeature.WRAP_EXCEPTIONS, wrap).build();
      JsonMapper ours = SocialPlanJson.mapperBuilder()
          .configure(com.fasterxml.jackson.databind.DeserializationFeature.WRAP_EXCEPTIONS, wrap).build();
      for (String json : bad) {
        Exception theirs = assertThrows(Exception.class, () -> plain.readValue(json, ImmutableFake.class));
        Exception mine = assertThrows(Exception.class, () -> ours.readValue(json, ImmutableFake.class));
        assertEquals(theirs.getClass(), mine.getClass(), json);
        if (theirs instanceof com.fasterxml.jackson.databind.JsonMappingException) {
          assertEquals(((com.fasterxml.jackson.databind.JsonMappingException) theirs).getPathReference(),
              ((com.fasterxml.jackson.databind.JsonMappingException) mine).getPathReference(), json);
          assertEquals(SocialPlanJson.toInputException((com.fasterxml.jackson.databind.JsonMappingException) theirs,
              "x").toErrorBody().toJson(),
              SocialPlanJson.toInputException((com.fasterxml.jackson.databind.JsonMappingException) mine, "x")
                  .toErrorBody().toJson(), json);
        }
      }
    }
  }

  @Test
  void aStreamThatFails_failsAsItDoesWithJackson() throws Exception {
    byte[] json = ("{\"name\":\"a\",\"parts\":[{\"name\":\"" + "x".repeat(20_000) + "\"}]}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<java.io.IOException> failures = new ArrayList<>();
    for (JsonMapper m : List.of(plainJackson(), SocialPlanJson.mapper())) {
      java.io.InputStream failing = new java.io.InputStream() {
        private int at;

        @Override
        public int read() throws java.io.IOException {
          if (at == 100) {
            throw new java.io.IOException("disk gone");
          }
          return json[at++];
        }
      };
      failures.add(assertThrows(java.io.IOException.class, () -> m.readValue(failing, ImmutableFake.class)));
    }
    assertEquals(failures.get(0).getClass(), failures.get(1).getClass());
    assertEquals(failures.get(0).getMessage(), failures.get(1).getMessage());
  }

  @Test
  void aCreatorsRefusal_isReportedAsJacksonReportsIt_evenWhenCalledWithoutContext() throws Exception {
    JsonMapper m = SocialPlanJson.mapper();
    com.fasterxml.jackson.databind.JsonDeserializer<?> unbound =
        new GeneratedJson().findBeanDeserializer(type(ImmutableFake.class.getName()), null, null);
    com.fasterxml.jackson.core.JsonParser p = m.createParser("{\"name\":\"a\"}");
    p.nextToken();
    com.fasterxml.jackson.databind.deser.DefaultDeserializationContext ctxt =
        ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext) m.getDeserializationContext())
            .createInstance(m.getDeserializationConfig(), p, null);
    assertEquals("a", ((ImmutableFake) unbound.deserialize(p, ctxt)).name); // made contextual on the way
    // At the end of an empty object (as a buffered read may hand it over): no fields, so the creator refuses.
    com.fasterxml.jackson.core.JsonParser q = m.createParser("{}");
    q.nextToken();
    q.nextToken();
    com.fasterxml.jackson.databind.deser.DefaultDeserializationContext qc =
        ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext) m.getDeserializationContext())
            .createInstance(m.getDeserializationConfig(), q, null);
    assertThrows(com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
        () -> unbound.deserialize(q, qc));
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"parts\":[]}", ImmutableFake.class));
    assertEquals("missing required field 'name' of Fake", e.problem());
  }

  /**
   * A mapper with the library's settings and value deserializers but without {@link GeneratedJson}, so that
   * Jackson's own bean deserializer reads the generated classes.
   */
  private static JsonMapper plainJackson() {
    com.fasterxml.jackson.databind.module.SimpleModule values = new com.fasterxml.jackson.databind.module.SimpleModule();
    values.addDeserializer(Money.class, new ValueJson.MoneyDeserializer());
    values.addDeserializer(BigDecimal.class, new ValueJson.BoundedDecimalDeserializer());
    return JsonMapper.builder(new com.fasterxml.jackson.core.JsonFactoryBuilder()
            .streamReadConstraints(SocialPlanJson.readConstraints())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build())
        .addModule(values).addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // the value types' lists and maps refuse a null element (here every type read is one of them)
        .defaultSetterInfo(com.fasterxml.jackson.annotation.JsonSetter.Value.forContentNulls(
            com.fasterxml.jackson.annotation.Nulls.FAIL))
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(com.fasterxml.jackson.databind.type.LogicalType.Textual, c -> c
            .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
            .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
                com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
            .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean,
                com.fasterxml.jackson.databind.cfg.CoercionAction.Fail))
        .build();
  }

  @Test
  void badPlans_failAsJacksonsOwnBeanDeserializerFails() throws Exception {
    JsonMapper plain = plainJackson();
    String plan = plain.writeValueAsString(plain.readTree(Files.readString(cremona()))); // compact
    String[][] edits = {
        {"\"startYear\":2015", "\"colour\":\"red\",\"startYear\":2015"}, // an unknown field
        {"\"startYear\":2015", "\"startYear\":\"2015\""},              // text for a number
        {"\"startYear\":2015", "\"startYear\":null"},                   // null for a required number
        {"\"title\":\"", "\"title\":7,\"x\":\""},                        // a number for a text
        {"\"period\":{", "\"period\":[{"},                               // an array for an object
        {"\"period\":{\"startYear\":2015,\"endYear\":2017}", "\"period\":\"2015-2017\""},
        {"\"period\":{\"startYear\":2015,\"endYear\":2017}", "\"period\":\"\""},
        {"\"period\":{\"startYear\":2015,\"endYear\":2017}", "\"period\":{}"}, // missing fields
        {"\"period\":{\"startYear\":2015,\"endYear\":2017}", "\"period\":null"},
        {"\"period\":{\"startYear\":2015,\"endYear\":2017}", "\"period\":{\"startYear\":2017,\"endYear\":2015}"},
        {"\"level\":\"LOCAL\"", "\"level\":\"TOWN\""},                  // not one of an enum
        {"\"amount\":3415000,", "\"amount\":3415000.001,"},              // three decimals
        {"\"amount\":3415000,", "\"amount\":{\"euro\":3415000},"},      // deep in a list
        {"\"year\":2015,\"revenues\":[", "\"year\":2015,\"revenues\":[{\"nested\":{\"a\":[1,{}]}},"},
        {"\"year\":2015,\"revenues\":[", "\"year\":2015,\"revenues\":[null,"},
    };
    for (String[] edit : edits) {
      assertTrue(plan.contains(edit[0]), edit[0]);
      String bad = plan.replaceFirst(java.util.regex.Pattern.quote(edit[0]),
          java.util.regex.Matcher.quoteReplacement(edit[1]));
      JsonInputException ours = assertThrows(JsonInputException.class,
          () -> SocialPlanJson.read(bad, Plan.class), edit[1]);
      com.fasterxml.jackson.core.JsonProcessingException jackson = assertThrows(
          com.fasterxml.jackson.core.JsonProcessingException.class, () -> plain.readValue(bad, Plan.class));
      JsonInputException theirs = SocialPlanJson.toInputException(jackson, "input");
      assertEquals(theirs.toErrorBody().toJson(), ours.toErrorBody().toJson(), edit[1]);
    }
  }

  @Test
  void aValueChecksRefusal_keepsItsPathAndWords() {
    JsonInputException e = assertThrows(JsonInputException.class,
        () -> SocialPlanJson.read("{\"p\": [{\"startYear\": 2017, \"endYear\": 2015}]}",
            new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, List<Period>>>() {}));
    assertEquals("$.p[0]", e.path());
    assertEquals("period ends before it starts: 2017-2015", e.problem());
  }

  @Test
  void prepare_thenReadsOnManyThreads_giveEqualPlans() throws Exception {
    byte[] json = Files.readAllBytes(cremona());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Plan>> tasks = new ArrayList<>();
      tasks.add(() -> {
        SocialPlanJson.prepare(Plan.class);
        return SocialPlanJson.read(json, "a", Plan.class);
      });
      for (int i = 0; i < 3; i++) {
        tasks.add(() -> SocialPlanJson.read(json, "b", Plan.class));
      }
      List<Plan> plans = new ArrayList<>();
      for (Future<Plan> f : pool.invokeAll(tasks)) {
        plans.add(f.get());
      }
      for (Plan p : plans) {
        assertEquals(plans.get(0), p);
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    assertThrows(NullPointerException.class, () -> SocialPlanJson.prepare(null));
  }
}
