package io.github.socialplan.budget.reallocation;

import io.github.socialplan.budget.allocation.Binding;
import io.github.socialplan.core.money.Money;
import java.util.Locale;
import java.util.Objects;

/**
 * A floor or ceiling that stops an item from reaching its target (<i>vincolo che impedisce l'obiettivo</i>).
 *
 * @param item the item held at its bound
 * @param kind {@link Binding#FLOOR} or {@link Binding#CEILING}
 * @param bound the bound's amount, which the item gets
 * @param target the amount its target share asks for
 */
public record BindingConstraint(String item, Binding kind, Money bound, Money target) {

  /**
   * Checks the components.
   *
   * @param item the item held at its bound, not null
   * @param kind {@link Binding#FLOOR} or {@link Binding#CEILING}, not null
   * @param bound the bound's amount, which the item gets, not null; below the target for a ceiling, above it
   *     for a floor (else the bound does not stop the target)
   * @param target the amount its target share asks for, not null
   * @throws IllegalArgumentException if the kind is {@code NONE} or the target is on the wrong side of the
   *     bound
   */
  public BindingConstraint {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(target, "target");
    if (kind == Binding.NONE) {
      throw new IllegalArgumentException("a binding constraint is a floor or a ceiling, not NONE");
    }
    if (kind == Binding.CEILING ? !target.isGreaterThan(bound) : !target.isLessThan(bound)) {
      String what = kind.name().toLowerCase(Locale.ROOT);
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: a %s of %s does not stop the target %s,"
          + " which is not %s it", item, what, bound, target, kind == Binding.CEILING ? "above" : "below"));
    }
  }

  /**
   * The printable sentence, e.g. {@code "associated: target 5725254.90 is above its ceiling 5000000.00"}.
   *
   * @return the sentence
   */
  public String message() {
    return String.format(Locale.ROOT, "%s: target %s is %s its %s %s", item, target,
        kind == Binding.CEILING ? "above" : "below", kind.name().toLowerCase(Locale.ROOT), bound);
  }

  @Override
  public String toString() {
    return message();
  }
}
