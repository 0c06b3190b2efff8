package io.github.socialplan.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Reads socialplan's Immutables value types the way their generated code asks, with less of Jackson's
 * introspection. For a value type {@code X}, Immutables generates {@code ImmutableX} with a JSON-binding
 * class {@code ImmutableX.Json} and a delegating creator {@code ImmutableX.fromJson(Json)}. Jackson, left
 * to itself, introspects every member of {@code ImmutableX} (its accessors, {@code with*} methods and
 * factories) only to find that creator, and then introspects {@code Json}. Here the creator is found by
 * its generated name and only {@code Json} is introspected: the same values, checks and errors, with about
 * a third less of the work that dominates a first read in a fresh JVM (a command-line run).
 */
final class ImmutablesJson extends Deserializers.Base {

  private static final String PACKAGE = "io.github.socialplan.";

  @Override
  public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription beanDesc) {
    Method fromJson = creator(type.getRawClass());
    return fromJson == null ? null : new Unbound(type, fromJson);
  }

  /** The generated {@code static fromJson(Json)} of a socialplan {@code Immutable*} class, or null. */
  private static Method creator(Class<?> c) {
    if (!c.getName().startsWith(PACKAGE) || !c.getSimpleName().startsWith("Immutable")) {
      return null;
    }
    for (Class<?> nested : c.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Json")) {
        try {
          Method m = c.getDeclaredMethod("fromJson", nested);
          if (Modifier.isStatic(m.getModifiers()) && c.isAssignableFrom(m.getReturnType())) {
            m.setAccessible(true);
            return m;
          }
        } catch (NoSuchMethodException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** Found for a type; becomes {@link Bound} once Jackson gives it its context. */
  private static final class Unbound extends JsonDeserializer<Object> implements ContextualDeserializer {

    private final JavaType type;
    private final Method fromJson;

    Unbound(JavaType type, Method fromJson) {
      this.type = type;
      this.fromJson = fromJson;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      JavaType json = ctxt.constructType(fromJson.getParameterTypes()[0]);
      return new Bound(type, fromJson, ctxt.findContextualValueDeserializer(json, property));
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return ((JsonDeserializer<?>) createContextual(ctxt, null)).deserialize(p, ctxt);
    }

    @Override
    public boolean isCachable() {
      return true;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.POJO;
    }
  }

  /** Reads the {@code Json} object, then builds the value from it as the delegating creator would. */
  private static final class Bound extends JsonDeserializer<Object> {

    private final JavaType type;
    private final Method fromJson;
    private final JsonDeserializer<Object> json;

    Bound(JavaType type, Method fromJson, JsonDeserializer<Object> json) {
      this.type = type;
      this.fromJson = fromJson;
      this.json = json;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object fields = json.deserialize(p, ctxt);
      if (fields == null) {
        return null;
      }
      try {
        return fromJson.invoke(null, fields);
      } catch (InvocationTargetException e) {
        Throwable t = e.getCause() == null ? e : e.getCause();
        if (t instanceof JsonMappingException) {
          throw (JsonMappingException) t;
        }
        // The value type's own check refused the fields: reported as Jackson reports a creator's refusal.
        throw ValueInstantiationException.from(p, "Cannot construct instance of " + type.getRawClass().getName()
            + ", problem: " + t.getMessage(), type, t);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot call " + fromJson, e);
      }
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.POJO;
    }
  }
}
