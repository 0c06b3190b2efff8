package io.github.socialplan.budget.allocation;

/** Whether a recipient's bound decided its part of an allocation (<i>vincolo attivo</i>). */
public enum Binding {
  /** The part is the recipient's proportional share, rounded. */
  NONE,
  /** The proportional share was below the recipient's floor: it gets the floor. */
  FLOOR,
  /** The proportional share was above the recipient's ceiling: it gets the ceiling. */
  CEILING
}
