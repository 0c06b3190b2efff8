package io.github.socialplan.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
class ImmutablesJsonTest {

  private static Path cremona() {
    return ReferenceFiles.folder().getParent().resolve("plans").resolve("cremona-pdz-2015-2017.json");
  }

  private static JavaType type(String name) throws ClassNotFoundException {
    return TypeFactory.defaultInstance().constructType(Class.forName(name));
  }

  @Test
  void takesSocialPlansGeneratedTypes_only() throws Exception {
    ImmutablesJson d = new ImmutablesJson();
    assertNotNull(d.findBeanDeserializer(type("io.github.socialplan.core.plan.ImmutablePlan"), null, null));
    assertNotNull(d.findBeanDeserializer(type("io.github.socialplan.core.fund.ImmutableFund"), null, null));
    // The abstract type, a hand-written type and a foreign type are left to Jackson.
    assertNull(d.findBeanDeserializer(type("io.github.socialplan.core.plan.Plan"), null, null));
    assertNull(d.findBeanDeserializer(type("io.github.socialplan.core.money.Money"), null, null));
    assertNull(d.findBeanDeserializer(type("java.lang.StringBuilder"), null, null));
  }

  @Test
  void readsThePlan_asJacksonsOwnIntrospectionDoes() throws Exception {
    String json = Files.readString(cremona());
    // socialplan's value deserializers without ImmutablesJson: Jackson finds ImmutablePlan's creator itself.
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
