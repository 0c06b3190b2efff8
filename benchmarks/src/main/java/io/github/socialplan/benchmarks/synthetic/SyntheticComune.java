package io.github.socialplan.benchmarks.synthetic;

import io.github.socialplan.core.population.Population;
import java.util.Arrays;
import java.util.Objects;

/**
 * One comune of the synthetic Italy (<i>comune sintetico</i>): its 6-digit code, a made-up name and its
 * residents by single year of age 0..100 (100 = 100 and over) and sex.
 *
 * <pre>{@code
 * SyntheticComune c = SyntheticItaly.generate(SyntheticItaly.DEFAULT_SEED).get(0);
 * c.code();                  // "001001"
 * c.toPopulation(2025);      // a Population with the same counts
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: the arrays are copied in and out.
 */
public final class SyntheticComune {

  private final String code;
  private final String name;
  private final int[] male;
  private final int[] female;

  SyntheticComune(String code, String name, int[] male, int[] female) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    if (male.length != Population.AGE_CLASSES || female.length != Population.AGE_CLASSES) {
      throw new IllegalArgumentException("age classes must be " + Population.AGE_CLASSES + " for " + code);
    }
    this.male = male.clone();
    this.female = female.clone();
  }

  /** The ISTAT-looking code {@code PPPCCC}. */
  public String code() {
    return code;
  }

  /** The made-up name. */
  public String name() {
    return name;
  }

  /** Males of an age, 0..100. */
  public int male(int age) {
    return male[age];
  }

  /** Females of an age, 0..100. */
  public int female(int age) {
    return female[age];
  }

  /** All males. */
  public long males() {
    return Arrays.stream(male).asLongStream().sum();
  }

  /** All females. */
  public long females() {
    return Arrays.stream(female).asLongStream().sum();
  }

  /**
   * This comune as a library {@link Population} on 1 January of a year, territory = its code.
   *
   * @param year the reference year
   * @return the population
   */
  public Population toPopulation(int year) {
    return Population.of(code, year, male, female);
  }
}
