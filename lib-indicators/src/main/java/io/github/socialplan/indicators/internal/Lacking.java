package io.github.socialplan.indicators.internal;

import java.util.List;
import java.util.Locale;

/**
 * How a message names the comuni of a grouping that lack a figure, wherever a grouping's figure is not known
 * for want of some of its comuni: the count, the grouping's size and the first codes.
 */
public final class Lacking {

  /** How many codes a message names before "and N more". */
  private static final int SHOWN = 10;

  private Lacking() {}

  /**
   * {@code "2 of its 3 comuni have none (019001, 019003)"}: at most the first ten codes, then "and N more".
   *
   * @param codes the comuni that lack it, in the order to name them, not empty
   * @param members how many comuni the grouping holds
   * @param lack what they lack, after "has" or "have": {@code "none"}, {@code "no population"}
   * @return the text
   */
  public static String comuni(List<String> codes, int members, String lack) {
    List<String> shown = codes.subList(0, Math.min(SHOWN, codes.size()));
    return String.format(Locale.ROOT, "%d of its %d comuni %s %s (%s%s)", codes.size(), members,
        codes.size() == 1 ? "has" : "have", lack, String.join(", ", shown),
        codes.size() > shown.size() ? " and " + (codes.size() - shown.size()) + " more" : "");
  }
}
