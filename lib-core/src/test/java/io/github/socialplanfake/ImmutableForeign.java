package io.github.socialplanfake;

/**
 * A class of the shape Immutables generates, in a package whose name starts as socialplan's does without being
 * one of its packages: the library's JSON module must leave it to Jackson.
 */
public final class ImmutableForeign {

  /** The JSON class. */
  public static final class Json {
    /** Makes one. */
    public Json() {}
  }

  private ImmutableForeign() {}

  /**
   * The creator.
   *
   * @param json not used
   * @return a value
   */
  public static ImmutableForeign fromJson(Json json) {
    return new ImmutableForeign();
  }
}
