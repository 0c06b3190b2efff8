package io.github.socialplan.core.testing;

import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.fund.Funds;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Action;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.CostLine;
import io.github.socialplan.core.plan.Direction;
import io.github.socialplan.core.plan.MeasureKind;
import io.github.socialplan.core.plan.Objective;
import io.github.socialplan.core.plan.ObjectiveKind;
import io.github.socialplan.core.plan.Observation;
import io.github.socialplan.core.plan.Funding;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.core.plan.ThematicAxis;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.population.AgeBand;
import io.github.socialplan.core.population.AgeBands;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.population.Sex;
import io.github.socialplan.core.service.UserArea;
import io.github.socialplan.core.territory.Grouping;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.LegalForm;
import io.github.socialplan.core.territory.Municipality;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.core.territory.TerritoryRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid socialplan values, shared with the other modules' tests (lib-core's
 * test-jar). Every value they give passes its type's validation, so a property test can assume it.
 *
 * <pre>{@code
 * qt().withFixedSeed(20_260_101L).withExamples(300)
 *     .forAll(Generators.populations(2014))
 *     .check(p -> p.total() == p.males() + p.females());
 * }</pre>
 */
public final class Generators {

  /** Words with the characters that JSON and CSV must escape or keep: accents, apostrophes, quotes. */
  private static final List<String> WORDS = List.of("Area anziani", "Entrate dai Comuni",
      "Città metropolitana", "Cappella de' Picenardi", "Casalbuttano ed Uniti", "Sub-ambito Soresina",
      "famiglie, minori, infanzia", "\"quoted\"", "back\\slash", "Valle d’Aosta", "tab\tand\nnewline",
      "SAD", "FNPS", "Welfare in Azione");

  private Generators() {}

  private static int in(RandomnessSource r, int min, int max) {
    return Generate.range(min, max).generate(r);
  }

  private static boolean coin(RandomnessSource r) {
    return Generate.booleans().generate(r);
  }

  private static <T> T pick(RandomnessSource r, List<T> from) {
    return from.get(in(r, 0, from.size() - 1));
  }

  private static String word(RandomnessSource r) {
    return pick(r, WORDS);
  }

  /** ISTAT codes of any province, {@code 000001..999999}. */
  /**
   * Age resolutions: every subset of the cuts 1..100 is possible, from one band {@code 0+} to single years,
   * with sparse and dense cut sets both common.
   *
   * @return the generator
   */
  public static Gen<AgeBands> ageBands() {
    return r -> {
      int density = in(r, 0, 3); // 0: single years; else a cut at each age with probability about 1/2^density
      if (density == 0) {
        return AgeBands.singleYears();
      }
      int[] cuts = new int[Population.MAX_AGE];
      int n = 0;
      for (int age = 1; age <= Population.MAX_AGE; age++) {
        if (in(r, 0, (1 << density) - 1) == 0) {
          cuts[n++] = age;
        }
      }
      return AgeBands.cutAt(java.util.Arrays.copyOf(cuts, n));
    };
  }

  /** Any age band of ages 0..100. */
  public static Gen<AgeBand> bands() {
    return r -> {
      int from = in(r, 0, Population.MAX_AGE);
      return AgeBand.of(from, in(r, from, Population.MAX_AGE));
    };
  }

  public static Gen<IstatCode> istatCodes() {
    return Generate.range(1, 999_999).map(n -> IstatCode.ofNumber(n));
  }

  /** Amounts from -10 million to +10 million euro, to the cent. */
  public static Gen<Money> money() {
    return Generate.longRange(-1_000_000_000L, 1_000_000_000L).map(Money::ofCents);
  }

  /** Amounts from zero to 10 million euro, to the cent. */
  public static Gen<Money> nonNegativeMoney() {
    return Generate.longRange(0, 1_000_000_000L).map(Money::ofCents);
  }

  /**
   * Populations of one year, each age and sex 0..5,000 residents, with or without the optional totals,
   * for one of a few territory ids (including the unnamed "").
   *
   * @param year the reference year
   * @return the generator
   */
  public static Gen<Population> populations(int year) {
    return r -> {
      Population.Builder b = Population.builder(pick(r, List.of("019036", "019001", "ambito-cremona", "")),
          year);
      long residents = 0;
      for (Sex sex : Sex.values()) {
        for (int age = 0; age <= Population.MAX_AGE; age++) {
          int n = in(r, 0, 5_000);
          b.count(sex, age, n);
          residents += n;
        }
      }
      if (coin(r)) {
        b.foreignResidents(Math.min(in(r, 0, 50_000), residents)); // some of the residents
      }
      if (coin(r)) {
        b.births(in(r, 0, 5_000)).deaths(in(r, 0, 5_000));
      }
      return b.build();
    };
  }

  /** Populations of any year 1990..2030. */
  public static Gen<Population> populations() {
    return r -> populations(in(r, 1990, 2030)).generate(r);
  }

  /**
   * Territory registries: 1..30 comuni of distinct codes, up to 8 groupings whose parents come earlier
   * in the list (so no cycle), and one partition per grouping kind that places some comuni, none of them in
   * a grouping whose ancestor has comuni of its own but not that one.
   */
  public static Gen<TerritoryRegistry> registries() {
    return r -> {
      TerritoryRegistry.Builder b = TerritoryRegistry.builder();
      Set<IstatCode> codes = new LinkedHashSet<>();
      int n = in(r, 1, 30);
      while (codes.size() < n) {
        codes.add(istatCodes().generate(r));
      }
      List<IstatCode> comuni = new ArrayList<>(codes);
      for (IstatCode c : comuni) {
        Municipality.Builder m = Municipality.builder().code(c).name(word(r));
        if (coin(r)) {
          m.areaKm2(BigDecimal.valueOf(in(r, 1, 200_000), 2));
        }
        b.addMunicipality(m.build());
      }
      List<TerritoryKind> kinds = new ArrayList<>(List.of(TerritoryKind.values()));
      kinds.remove(TerritoryKind.MUNICIPALITY);
      Map<TerritoryKind, List<String>> idsByKind = new EnumMap<>(TerritoryKind.class);
      List<String> ids = new ArrayList<>();
      List<Grouping> groupings = new ArrayList<>();
      int groups = in(r, 0, 8);
      for (int i = 0; i < groups; i++) {
        TerritoryKind kind = pick(r, kinds);
        String id = "g" + i;
        Grouping.Builder g = Grouping.builder().id(id).kind(kind).name(word(r));
        if (kind == TerritoryKind.MANAGING_BODY && coin(r)) {
          g.legalForm(pick(r, List.of(LegalForm.values())));
        }
        if (!ids.isEmpty() && coin(r)) {
          g.parent(pick(r, ids));
        }
        if (coin(r)) {
          g.areaKm2(BigDecimal.valueOf(in(r, 1, 1_000_000), 1));
        }
        Grouping made = g.build();
        groupings.add(made);
        b.addGrouping(made);
        ids.add(id);
        idsByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
      }
      Map<TerritoryKind, Map<IstatCode, String>> placed = new EnumMap<>(TerritoryKind.class);
      for (Map.Entry<TerritoryKind, List<String>> e : idsByKind.entrySet()) {
        Map<IstatCode, String> m = new java.util.LinkedHashMap<>();
        for (IstatCode c : comuni) {
          if (coin(r)) {
            m.put(c, pick(r, e.getValue()));
          }
        }
        placed.put(e.getKey(), m);
      }
      dropOutsideAncestors(placed, groupings);
      placed.forEach((kind, m) -> {
        Partition.Builder p = Partition.builder("by-" + kind.name().toLowerCase(java.util.Locale.ROOT), kind);
        m.forEach(p::assign);
        b.addPartition(p.build());
      });
      return b.build();
    };
  }

  /**
   * Leaves out each placement of a comune in a grouping whose ancestor has comuni of its own but not that
   * one, until none is left: leaving one out may leave another's ancestor without the comune.
   */
  private static void dropOutsideAncestors(Map<TerritoryKind, Map<IstatCode, String>> placed,
      List<Grouping> groupings) {
    Map<String, String> parent = new java.util.HashMap<>();
    groupings.forEach(g -> g.parent().ifPresent(p -> parent.put(g.id(), p)));
    boolean dropped = true;
    while (dropped) {
      Map<String, Set<IstatCode>> members = new java.util.HashMap<>();
      placed.values().forEach(m -> m.forEach((c, g) -> members.computeIfAbsent(g, k -> new HashSet<>()).add(c)));
      dropped = false;
      for (Map<IstatCode, String> m : placed.values()) {
        dropped |= m.entrySet().removeIf(e -> {
          for (String a = parent.get(e.getValue()); a != null; a = parent.get(a)) {
            if (members.containsKey(a) && !members.get(a).contains(e.getKey())) {
              return true;
            }
          }
          return false;
        });
      }
    }
  }

  /**
   * Plans of 1..4 years with axes, actions (funded within the period), targets and budgets for some of
   * the years, revenue lines with or without a fund and expenditure lines with or without an area.
   */
  public static Gen<Plan> plans() {
    return r -> {
      int start = in(r, 2000, 2030);
      Period period = Period.of(start, start + in(r, 0, 3));
      Plan.Builder b = Plan.builder().id("plan-" + in(r, 0, 999)).title(word(r)).territory(word(r))
          .period(period);
      List<String> axisIds = new ArrayList<>();
      int axes = in(r, 0, 3);
      for (int i = 0; i < axes; i++) {
        axisIds.add("axis-" + i);
        b.addAxis(ThematicAxis.of("axis-" + i, word(r)));
      }
      for (int i = in(r, 0, 2); i > 0; i--) {
        Objective.Builder o = Objective.builder().id("objective-" + i).kind(pick(r, List.of(ObjectiveKind.values())))
            .title(word(r));
        if (!axisIds.isEmpty() && coin(r)) {
          o.axis(pick(r, axisIds));
        }
        b.addObjective(o.build());
      }
      if (coin(r)) {
        Target.Builder yesNo = Target.builder().indicator(word(r)).measure(MeasureKind.YES_NO);
        for (int year = period.startYear(); year <= period.endYear(); year++) {
          if (coin(r)) {
            yesNo.addObservation(Observation.achieved(year, coin(r)));
          }
        }
        b.addTarget(yesNo.build());
      }
      int actions = in(r, 0, 3);
      for (int i = 0; i < actions; i++) {
        Action.Builder a = Action.builder().id("action-" + i).title(word(r))
            .targetGroup(word(r)).instrument(word(r)).leadBody(word(r));
        if (!axisIds.isEmpty()) {
          a.axis(pick(r, axisIds));
        }
        for (int k = in(r, 0, 2); k > 0; k--) {
          a.addPartner(word(r));
        }
        for (int k = in(r, 0, 2); k > 0; k--) {
          a.addIndicator(target(r, period));
        }
        for (int k = in(r, 0, 3); k > 0; k--) {
          a.addFunding(Funding.of(in(r, period.startYear(), period.endYear()), pick(r, List.of("FNPS", "FNA",
              "FSR", "COMUNI")), nonNegativeMoney().generate(r)));
        }
        if (coin(r)) {
          CostLine.Builder c = CostLine.builder().label(word(r)).years(period).eachYear(coin(r))
              .quantity(BigDecimal.valueOf(in(r, 0, 300))).unitCost(nonNegativeMoney().generate(r));
          if (coin(r)) {
            c.fund(pick(r, List.of("FNPS", "FNA", "FRNA", "RES")));
          }
          a.addCost(c.build());
        }
        b.addAction(a.build());
      }
      for (int k = in(r, 0, 2); k > 0; k--) {
        b.addTarget(target(r, period));
      }
      for (int year = period.startYear(); year <= period.endYear(); year++) {
        if (coin(r)) {
          b.addBudget(budget(r, year));
        }
      }
      return b.build();
    };
  }

  private static Target target(RandomnessSource r, Period period) {
    BigDecimal value = BigDecimal.valueOf(in(r, -100_000, 100_000), in(r, 0, 3));
    Target.Builder t = Target.builder().indicator(word(r)).value(value);
    if (coin(r)) {
      t.unit(pick(r, List.of("percent", "users", "euro")));
    }
    BigDecimal baseline = null;
    if (coin(r)) {
      baseline = BigDecimal.valueOf(in(r, 0, 100_000), in(r, 0, 2));
      t.baseline(baseline).baselineYear(period.startYear() - 1);
    }
    if (coin(r)) {
      t.year(period.endYear());
    }
    if (coin(r)) {
      // a target refuses a direction that its baseline and value contradict
      Direction d = pick(r, List.of(Direction.values()));
      int c = baseline == null ? 0 : value.compareTo(baseline);
      t.direction(d == Direction.INCREASE && c < 0 || d == Direction.DECREASE && c > 0 ? Direction.KEEP : d);
    }
    for (int year = period.startYear(); year <= period.endYear(); year++) {
      if (coin(r)) {
        t.addObservation(Observation.of(year, BigDecimal.valueOf(in(r, -1000, 100_000), in(r, 0, 2))));
      }
    }
    return t.build();
  }

  private static YearlyBudget budget(RandomnessSource r, int year) {
    YearlyBudget.Builder b = YearlyBudget.builder().year(year);
    for (int i = in(r, 0, 4); i > 0; i--) {
      BudgetLine.Builder l = BudgetLine.builder().label("revenue " + i + " " + word(r))
          .amount(nonNegativeMoney().generate(r));
      if (coin(r)) {
        String fund = pick(r, List.of("FNPS", "FNA", "FSR"));
        l.fund(fund).level(Funds.byId(fund).level()); // a plan refuses a level that is not its fund's
      } else if (coin(r)) {
        l.level(pick(r, List.of(FundLevel.values())));
      }
      b.addRevenue(l.build());
    }
    for (int i = in(r, 0, 4); i > 0; i--) {
      BudgetLine.Builder l = BudgetLine.builder().label("expenditure " + i + " " + word(r))
          .amount(nonNegativeMoney().generate(r));
      if (coin(r)) {
        l.userArea(pick(r, List.of(UserArea.values())));
      }
      b.addExpenditure(l.build());
    }
    if (coin(r)) {
      b.publishedRevenueTotal(nonNegativeMoney().generate(r));
    }
    if (coin(r)) {
      b.publishedExpenditureTotal(nonNegativeMoney().generate(r));
    }
    return b.build();
  }

  /**
   * Text that CSV writers find hard: 1 to {@code maxLength} characters, half of them among CR, LF, quote,
   * comma, semicolon, hash, tab, space, an accented letter and the euro sign (and the byte order mark when
   * asked), the rest any code point but a surrogate.
   *
   * @param maxLength the longest text, 1 or more
   * @param withByteOrderMark whether U+FEFF is among the awkward characters
   * @return the generator
   */
  public static Gen<String> awkwardText(int maxLength, boolean withByteOrderMark) {
    String special = "\r\n\",; #\t" + (withByteOrderMark ? "\uFEFF" : "") + "\u00E0\u20AC";
    Gen<Integer> length = Generate.range(1, maxLength);
    Gen<Integer> pick = Generate.range(0, special.length() - 1);
    Gen<Integer> anyCodePoint = Generate.range(0, Character.MAX_CODE_POINT);
    Gen<Boolean> coin = Generate.booleans();
    return r -> {
      StringBuilder b = new StringBuilder();
      int n = length.generate(r);
      for (int i = 0; i < n; i++) {
        if (coin.generate(r)) {
          b.append(special.charAt(pick.generate(r)));
        } else {
          int cp = anyCodePoint.generate(r);
          b.appendCodePoint(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE ? 'x' : cp);
        }
      }
      return b.toString();
    };
  }
}
