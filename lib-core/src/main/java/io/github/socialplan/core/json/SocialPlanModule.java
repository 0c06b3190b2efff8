package io.github.socialplan.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.number.DecimalBounds;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Jackson module of socialplan's value types (<i>modulo JSON</i>). Register it on your own mapper, or
 * take a ready, hardened one from {@link SocialPlanJson#mapper()}:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new SocialPlanModule()).build();
 * String json = mapper.writeValueAsString(Money.parse("860000"));   // 860000.00
 * }</pre>
 *
 * <p>What it adds:
 * <ul>
 *   <li>{@link Money}: a JSON number with exactly two decimals ({@code 860000.00}); read from a number or a
 *       string; more than two decimals is an error (an amount is never rounded silently).</li>
 *   <li>Every other {@link BigDecimal} (areas, targets): within {@link DecimalBounds}, so that
 *       {@code 1e999999999} is refused where it is read, with its JSON path.</li>
 *   <li>{@link IstatCode}: a string of six digits ({@code "019036"}), validated; a JSON number is refused
 *       because it has lost its leading zeros. Also as a map key.</li>
 *   <li>{@link AgeBand}: a string, {@code "0-14"} or {@code "65+"}. Also as a map key.</li>
 *   <li>{@link Population}: an object {@code {"territory", "year", "male": [101 counts], "female": [101
 *       counts]}} with optional {@code foreignResidents}, {@code births}, {@code deaths}; the population's
 *       own validation (ages 0..100, counts {@code >= 0}) is reported with the JSON path of the value.</li>
 * </ul>
 * The other value types (territories, services, funds, plans) are Immutables types that carry their own
 * Jackson annotations; their {@code Optional} attributes need {@link Jdk8Module}, which this module
 * declares as a dependency, so registering this module registers it too.
 *
 * <p>This module adds no polymorphic type handling. Instances are immutable and thread-safe.
 */
public final class SocialPlanModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public SocialPlanModule() {
    super("SocialPlanModule", Version.unknownVersion());
    addSerializer(Money.class, new ValueJson.MoneySerializer());
    addDeserializer(Money.class, new ValueJson.MoneyDeserializer());
    addDeserializer(BigDecimal.class, new ValueJson.BoundedDecimalDeserializer());
    addSerializer(IstatCode.class, ToStringSerializer.instance);
    addDeserializer(IstatCode.class, new ValueJson.TextDeserializer<>(IstatCode.class, IstatCode::parse,
        "ISTAT comune code must be a JSON string of 6 digits (leading zeros matter), got the number "));
    addKeyDeserializer(IstatCode.class, new ValueJson.TextKeyDeserializer<>(IstatCode.class, IstatCode::parse));
    addSerializer(AgeBand.class, ToStringSerializer.instance);
    addDeserializer(AgeBand.class, new ValueJson.TextDeserializer<>(AgeBand.class, AgeBand::parse, null));
    addKeyDeserializer(AgeBand.class, new ValueJson.TextKeyDeserializer<>(AgeBand.class, AgeBand::parse));
    // a year or level as a JSON key: "02016" and "2016" would both be 2016, the later one silently winning
    addKeyDeserializer(Integer.class, new ValueJson.TextKeyDeserializer<>(Integer.class, ValueJson::wholeNumberKey));
    addSerializer(Population.class, new PopulationJson.Serializer());
    addDeserializer(Population.class, new PopulationJson.Deserializer());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new GeneratedJson());
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module());
  }
}
