package io.github.socialplan.core.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyMetadata;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads socialplan's Immutables value types the way their generated code asks, with less of Jackson's
 * introspection. For a value type {@code X}, Immutables generates {@code ImmutableX} with a JSON-binding
 * class {@code ImmutableX.Json} and a delegating creator {@code ImmutableX.fromJson(Json)}. Jackson, left
 * to itself, introspects every member of {@code ImmutableX} (its accessors, {@code with*} methods and
 * factories) only to find that creator, and then builds its general bean deserializer for {@code Json}
 * (every member, creator and annotation collected and weighed). Here the creator is found by its generated
 * name, and {@code Json} is read through the setters Immutables generates for it, one per attribute, each
 * marked {@code @JsonProperty} with the attribute's JSON name, as Jackson's bean deserializer reads such a
 * class: the same values, nulls, unknown fields, checks and error paths, with a fraction of the work that
 * dominates a first read in a fresh JVM (a command-line run).
 */
final class GeneratedJson extends Deserializers.Base {

  private static final String PACKAGE = "io.github.socialplan.";

  @Override
  public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription beanDesc) {
    Class<?> c = type.getRawClass();
    Method fromJson = creator(c);
    if (fromJson != null) {
      return new Unbound(type, fromJson);
    }
    return isJsonClass(c) ? Fields.of(type) : null;
  }

  /** Whether a class is the {@code Json} class of a socialplan {@code Immutable*} class's creator. */
  private static boolean isJsonClass(Class<?> c) {
    Class<?> outer = c.getEnclosingClass();
    if (outer == null) {
      return false;
    }
    Method fromJson = creator(outer);
    return fromJson != null && fromJson.getParameterTypes()[0] == c;
  }

  /**
   * The generated {@code static ImmutableX fromJson(ImmutableX.Json)} of a socialplan {@code Immutable*}
   * class, or null.
   */
  private static Method creator(Class<?> c) {
    if (!c.getName().startsWith(PACKAGE) || !c.getSimpleName().startsWith("Immutable")) {
      return null;
    }
    for (Method m : c.getDeclaredMethods()) {
      if (m.getName().equals("fromJson") && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1
          && m.getParameterTypes()[0].getEnclosingClass() == c
          && m.getParameterTypes()[0].getSimpleName().equals("Json") && c.isAssignableFrom(m.getReturnType())) {
        m.setAccessible(true);
        return m;
      }
    }
    return null;
  }

  /** A deserializer of an object with fields, as Jackson's bean deserializers are. */
  private abstract static class Pojo extends JsonDeserializer<Object> {
    @Override
    public LogicalType logicalType() {
      return LogicalType.POJO;
    }
  }

  /**
   * Reads a generated {@code Json} class as Jackson's bean deserializer reads it (its "vanilla" path: a
   * no-argument constructor and setters): each JSON field through the setter of its name, a null through
   * the value deserializer's null value, an unknown field through the context (refused, with the known
   * names), an error wrapped with the field's path.
   */
  private static final class Fields extends Pojo implements ResolvableDeserializer {

    private final JavaType type;
    private final Constructor<?> make;
    private final Map<String, Setter> setters;

    private Fields(JavaType type, Constructor<?> make, Map<String, Setter> setters) {
      this.type = type;
      this.make = make;
      this.setters = setters;
    }

    static Fields of(JavaType type) {
      Class<?> c = type.getRawClass();
      Constructor<?> make;
      try {
        make = c.getDeclaredConstructor();
      } catch (NoSuchMethodException e) {
        return null; // not a class Immutables generated: left to Jackson
      }
      make.setAccessible(true);
      Map<String, Setter> setters = new HashMap<>();
      for (Method m : c.getDeclaredMethods()) {
        JsonProperty name = m.getParameterCount() == 1 && Modifier.isPublic(m.getModifiers())
            ? m.getAnnotation(JsonProperty.class) : null;
        if (name != null) {
          m.setAccessible(true);
          setters.put(name.value(), new Setter(m));
        }
      }
      return new Fields(type, make, setters);
    }

    /**
     * Finds each setter's value deserializer. A list's or map's is given its field as a property that
     * refuses a null element ({@code "services": [null]}) at the element's own path, as a missing value of
     * that type; without it the null would reach the value type's builder, which knows neither the path
     * nor plain words.
     */
    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      for (Map.Entry<String, Setter> e : setters.entrySet()) {
        Setter s = e.getValue();
        JavaType t = ctxt.getTypeFactory().constructType(s.method.getGenericParameterTypes()[0]);
        BeanProperty field = t.isContainerType()
            ? new BeanProperty.Std(PropertyName.construct(e.getKey()), t, null, null,
                PropertyMetadata.STD_OPTIONAL.withNulls(null, Nulls.FAIL))
            : null;
        s.value = ctxt.handleSecondaryContextualization(ctxt.findNonContextualValueDeserializer(t), field, t);
      }
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        t = p.nextToken();
      } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
        return ctxt.handleUnexpectedToken(type, p);
      }
      Object bean = newJson();
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        Setter s = setters.get(name);
        if (s == null) {
          ctxt.handleUnknownProperty(p, this, bean, name); // refuses it, or skips it and its contents
          continue;
        }
        Object v;
        try {
          v = value == JsonToken.VALUE_NULL ? null : s.value.deserialize(p, ctxt);
          if (v == null) {
            v = s.value.getNullValue(ctxt);
          }
        } catch (IOException | RuntimeException e) {
          throw wrap(e, bean, name, ctxt);
        }
        set(s.method, bean, v);
      }
      return bean;
    }

    /**
     * As Jackson's bean deserializer wraps a field's failure: with the field in the error's path, unless
     * {@link DeserializationFeature#WRAP_EXCEPTIONS} is off or the stream itself failed.
     */
    private static IOException wrap(Exception e, Object bean, String name, DeserializationContext ctxt)
        throws IOException {
      boolean wrap = ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
      if (e instanceof IOException && (!wrap || !(e instanceof JacksonException))) {
        throw (IOException) e;
      }
      if (!wrap) {
        throw (RuntimeException) e;
      }
      return JsonMappingException.wrapWithPath(e, bean, name);
    }

    /** A new {@code Json} object: generated code that cannot fail. */
    private Object newJson() {
      try {
        return make.newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot make " + make.getDeclaringClass().getName(), e);
      }
    }

    /** Calls a generated setter, which only stores its value. */
    private static void set(Method setter, Object bean, Object value) {
      try {
        setter.invoke(bean, value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot call " + setter, e);
      }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
      return new ArrayList<>(setters.keySet());
    }

    @Override
    public Class<?> handledType() {
      return type.getRawClass();
    }

    @Override
    public boolean isCachable() {
      return true;
    }
  }

  /** A setter of a {@code Json} class and the deserializer of its value, set when resolved. */
  private static final class Setter {
    final Method method;
    JsonDeserializer<?> value;

    Setter(Method method) {
      this.method = method;
    }
  }

  /** Found for a type; becomes {@link Bound} once Jackson gives it its context. */
  private static final class Unbound extends Pojo implements ContextualDeserializer {

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
    public Class<?> handledType() {
      return type.getRawClass(); // Jackson asks it of a list's elements, e.g. to name the type of a null one
    }

    @Override
    public boolean isCachable() {
      return true;
    }
  }

  /** Reads the {@code Json} object, then builds the value from it as the delegating creator would. */
  private static final class Bound extends Pojo {

    private final JavaType type;
    private final Method fromJson;
    private final JsonDeserializer<Object> json;

    Bound(JavaType type, Method fromJson, JsonDeserializer<Object> json) {
      this.type = type;
      this.fromJson = fromJson;
      this.json = json;
    }

    @Override
    public Class<?> handledType() {
      return type.getRawClass();
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object fields = json.deserialize(p, ctxt);
      try {
        return fromJson.invoke(null, fields);
      } catch (InvocationTargetException e) {
        // The value type's own check refused the fields: reported as Jackson reports a creator's refusal.
        Throwable t = e.getCause();
        throw ValueInstantiationException.from(p, "Cannot construct instance of " + type.getRawClass().getName()
            + ", problem: " + t.getMessage(), type, t);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot call " + fromJson, e);
      }
    }
  }
}
