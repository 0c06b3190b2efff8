package io.github.socialplan.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of socialplan, applied in each {@code package-info.java}.
 *
 * <p>The abstract value type is the API: the generated {@code Immutable*} class stays package-private
 * behind the type's own {@code of(...)} and {@code builder()} factories. Accessors have no {@code get}
 * prefix. Generated code uses only JDK collections ({@code jdkOnly = true}): socialplan does not depend
 * on Guava, and without this setting Immutables would switch to Guava collections whenever it found Guava on
 * the compile class path. Each type that has a builder declares
 * {@code public static final class Builder extends ImmutableX.Builder}, so users can name the builder type
 * ({@code Plan.Builder}) although the generated class is hidden.
 *
 * <p>Generated classes carry no annotation found on the class path ({@code allowedClasspathAnnotations}
 * lists only {@link Override}): otherwise Immutables marks each of them with its own
 * {@code org.immutables.value.Generated}, which is not on a user's class path (the annotations are a
 * compile-only dependency), and a user compiling with {@code -Xlint:all} gets a warning for each builder it
 * touches.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    // Irregular plurals: without this "axes" would give addAxe(...).
    depluralizeDictionary = {"axis:axes"},
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class})
public @interface SocialPlanStyle {}
