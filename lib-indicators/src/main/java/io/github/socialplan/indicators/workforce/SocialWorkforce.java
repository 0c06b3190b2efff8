package io.github.socialplan.indicators.workforce;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.indicators.result.IndicatorValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The staffing of the professional social service (<i>servizio sociale professionale</i>): social-worker
 * full-time equivalents from hours, residents per social worker, the national essential level of one
 * social worker per 5,000 residents (<i>livello essenziale delle prestazioni</i>, L. 178/2020 art. 1
 * c. 797) and the yearly contribution it earns. Piano di Zona 2015-2017 dell'Ambito di Cremona, §4.2.3: 53,500 hours a year, about 30 FTE, about
 * 5,300 residents per social worker in the Ambito di Cremona.
 *
 * <h2>The contribution (docs/domain.md §4; L. 178/2020 art. 1 c. 797-798), as read here</h2>
 * With R residents and W social workers in full-time equivalents (permanent staff of the ambito and its
 * comuni), the thresholds are R / 6,500, R / 5,000 and R / 4,000 workers, and the yearly contribution is
 * <pre>
 *   40,000 € × max(0, min(W, R / 5,000) − R / 6,500)
 * + 20,000 € × max(0, min(W, R / 4,000) − R / 5,000)
 * </pre>
 * that is 40,000 € for each worker beyond the 1:6,500 ratio up to the 1:5,000 essential level, and 20,000 €
 * for each worker beyond 1:5,000 up to the 1:4,000 objective; workers below 1:6,500 or beyond 1:4,000 earn
 * nothing. Workers count in full-time equivalents, so fractions of a worker earn the same fraction of
 * the amount (the law counts "in termini di equivalente a tempo pieno"). The amount is computed exactly
 * (the only non-terminating term, R / 6,500, is kept as a fraction over 13) and rounded once to the cent
 * with the caller's rounding mode.
 *
 * <pre>{@code
 * IndicatorValue fte = SocialWorkforce.fte(new BigDecimal("53500"), new BigDecimal("1800")); // 29.7
 * SocialWorkforce.residentsPerSocialWorker(158_529, new BigDecimal("30")).format(); // "5284.3"
 * SocialWorkforce.essentialLevelContribution(158_529, new BigDecimal("30"), RoundingMode.HALF_UP);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SocialWorkforce {

  /** Residents per social worker of the essential level, 5,000 (L. 178/2020). */
  public static final long ESSENTIAL_LEVEL_RESIDENTS = 5_000;
  /** Residents per social worker above which the contribution starts, 6,500. */
  public static final long BASE_RESIDENTS = 6_500;
  /** Residents per social worker of the further objective, 4,000. */
  public static final long OBJECTIVE_RESIDENTS = 4_000;
  /** Yearly euro per worker between 1:6,500 and 1:5,000. */
  public static final Money FIRST_TIER_PER_WORKER = Money.ofEuros(40_000);
  /** Yearly euro per worker between 1:5,000 and 1:4,000. */
  public static final Money SECOND_TIER_PER_WORKER = Money.ofEuros(20_000);

  private static final BigDecimal THIRTEEN = BigDecimal.valueOf(13);

  private SocialWorkforce() {}

  /**
   * <i>Assistenti sociali equivalenti a tempo pieno</i>: yearly hours / hours of one full-time worker.
   *
   * @param yearlyHours hours worked in the year, {@code >= 0}, not null
   * @param hoursPerFte the contractual yearly hours of one full-time worker, {@code > 0}, not null
   * @return the FTE
   * @throws IllegalArgumentException if the hours are negative or the hours of one FTE not positive
   */
  public static IndicatorValue fte(BigDecimal yearlyHours, BigDecimal hoursPerFte) {
    Objects.requireNonNull(yearlyHours, "yearlyHours");
    Objects.requireNonNull(hoursPerFte, "hoursPerFte");
    if (yearlyHours.signum() < 0) {
      throw new IllegalArgumentException("yearly hours must be >= 0: " + yearlyHours.toPlainString());
    }
    if (hoursPerFte.signum() <= 0) {
      throw new IllegalArgumentException("hours of one FTE must be > 0: " + hoursPerFte.toPlainString());
    }
    return IndicatorValue.ratio(yearlyHours, hoursPerFte, BigDecimal.ONE, "hours of one FTE");
  }

  /**
   * <i>Residenti per assistente sociale</i>: residents / FTE.
   *
   * @param residents {@code >= 0}
   * @param fte social workers in full-time equivalents, {@code >= 0}, not null
   * @return the value; undefined if there are no social workers
   */
  public static IndicatorValue residentsPerSocialWorker(long residents, BigDecimal fte) {
    checkInputs(residents, fte);
    return IndicatorValue.ratio(BigDecimal.valueOf(residents), fte, BigDecimal.ONE, "social-worker FTE");
  }

  /**
   * Whether the staffing reaches the essential level, at most 5,000 residents per social worker (a
   * territory with no residents trivially does).
   *
   * @param residents {@code >= 0}
   * @param fte {@code >= 0}, not null
   * @return {@code fte × 5000 >= residents}
   */
  public static boolean meetsEssentialLevel(long residents, BigDecimal fte) {
    checkInputs(residents, fte);
    return fte.multiply(BigDecimal.valueOf(ESSENTIAL_LEVEL_RESIDENTS)).compareTo(BigDecimal.valueOf(residents)) >= 0;
  }

  /**
   * The social workers (FTE) the essential level asks for: residents / 5,000, exact.
   *
   * @param residents {@code >= 0}
   * @return the workers needed
   */
  public static BigDecimal workersForEssentialLevel(long residents) {
    checkInputs(residents, BigDecimal.ZERO);
    return BigDecimal.valueOf(residents).divide(BigDecimal.valueOf(ESSENTIAL_LEVEL_RESIDENTS));
  }

  /**
   * The yearly contribution the staffing earns; see the class documentation for the rule.
   *
   * @param residents residents of the ambito, {@code >= 0}
   * @param fte permanent social workers in full-time equivalents, {@code >= 0}, not null
   * @param rounding rounding to the cent, not null
   * @return the contribution
   */
  public static Money essentialLevelContribution(long residents, BigDecimal fte, RoundingMode rounding) {
    checkInputs(residents, fte);
    Objects.requireNonNull(rounding, "rounding");
    BigDecimal r = BigDecimal.valueOf(residents);
    BigDecimal at5000 = r.divide(BigDecimal.valueOf(ESSENTIAL_LEVEL_RESIDENTS));
    BigDecimal at4000 = r.divide(BigDecimal.valueOf(OBJECTIVE_RESIDENTS));
    // 13 × 40,000 × (min(W, R/5000) − R/6500) = 520,000 × min(W, R/5000) − 80 R, exact
    BigDecimal first13 = BigDecimal.valueOf(520_000).multiply(fte.min(at5000))
        .subtract(r.multiply(BigDecimal.valueOf(80)));
    BigDecimal second = SECOND_TIER_PER_WORKER.amount().multiply(fte.min(at4000).subtract(at5000));
    BigDecimal total13 = first13.max(BigDecimal.ZERO).add(second.max(BigDecimal.ZERO).multiply(THIRTEEN));
    return Money.rounded(total13.divide(THIRTEEN, 2, rounding), rounding);
  }

  private static void checkInputs(long residents, BigDecimal fte) {
    Objects.requireNonNull(fte, "fte");
    if (residents < 0) {
      throw new IllegalArgumentException("residents must be >= 0: " + residents);
    }
    if (fte.signum() < 0) {
      throw new IllegalArgumentException("social-worker FTE must be >= 0: " + fte.toPlainString());
    }
  }
}
