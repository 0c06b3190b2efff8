package io.github.socialplan.benchmarks.synthetic;

import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.Action;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.Funding;
import io.github.socialplan.core.plan.Period;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.plan.Target;
import io.github.socialplan.core.plan.ThematicAxis;
import io.github.socialplan.core.plan.YearlyBudget;
import io.github.socialplan.core.service.UserArea;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A full three-year Piano di Zona (<i>piano di zona sintetico</i>) of the size of the seed plans: the five
 * thematic axes of the Torino plan, 40 actions (each with two result indicators, partners and funding lines
 * by year and fund), a yearly budget per year with the Cremona 2015-2017 revenue and expenditure lines,
 * and the plan's targets. Made for the JSON round-trip benchmark: every kind of value a plan holds appears.
 *
 * <pre>{@code
 * Plan plan = SyntheticPlan.generate(SyntheticItaly.DEFAULT_SEED);
 * plan.actions().size();   // 40
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SyntheticPlan {

  /** The number of actions of the plan. */
  public static final int ACTIONS = 40;

  private static final String[][] AXES = {
      {"families-minors", "Famiglie e minori"},
      {"inclusion-poverty", "Inclusione sociale e contrasto alla povertà"},
      {"socio-health", "Integrazione socio-sanitaria"},
      {"citizenship", "Cittadinanza ed equità di genere"},
      {"guardianship", "Tutela pubblica"}};
  private static final String[] FUNDS = {"FNPS", "FNA", "FSR", "PON_INCLUSIONE", "QUOTA_CAPITARIA"};
  private static final FundLevel[] FUND_LEVELS = {FundLevel.NATIONAL, FundLevel.NATIONAL, FundLevel.REGIONAL,
      FundLevel.EUROPEAN, FundLevel.LOCAL};
  private static final String[] REVENUES = {"Entrate dai Comuni", "Entrate da Fondo Naz. Politiche Sociali",
      "Entrate da Fondo Non Autosufficienza", "Entrate da Fondo Sociale Regionale", "Altri finanziamenti"};
  private static final String[] EXPENDITURES = {"Governo del sistema e regolazione attività",
      "Servizio sociale territoriale", "Area non autonomia e disabilità", "Area anziani",
      "Area famiglie, minori, infanzia", "Area fragilità e reinserimento sociale"};
  private static final UserArea[] EXPENDITURE_AREAS = {UserArea.MULTI_USER, UserArea.MULTI_USER,
      UserArea.DISABILITY, UserArea.ELDERLY, UserArea.FAMILY_AND_MINORS, UserArea.POVERTY_HOMELESSNESS};
  private static final String[] GROUPS = {"minori", "famiglie", "anziani non autosufficienti", "disabili",
      "adulti in difficoltà", "stranieri"};
  private static final String[] INSTRUMENTS = {"assistenza domiciliare", "centro diurno", "voucher",
      "sportello", "inserimento lavorativo", "housing sociale"};

  private SyntheticPlan() {}

  /**
   * Generates the plan for 2015-2017.
   *
   * @param seed any value; the same seed gives an equal plan
   * @return the plan
   */
  public static Plan generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Period period = Period.of(2015, 2017);
    var plan = Plan.builder()
        .id("pdz-synthetic-2015-2017")
        .title("Piano di Zona sintetico 2015-2017")
        .territory("ambito-sintetico")
        .period(period);
    for (String[] axis : AXES) {
      plan.addAxes(ThematicAxis.of(axis[0], axis[1]));
    }
    for (int a = 1; a <= ACTIONS; a++) {
      String group = GROUPS[random.nextInt(GROUPS.length)];
      String instrument = INSTRUMENTS[random.nextInt(INSTRUMENTS.length)];
      var action = Action.builder()
          .id(String.format(Locale.ROOT, "A%02d", a))
          .title(instrument + " per " + group)
          .axis(AXES[(a - 1) % AXES.length][0])
          .targetGroup(group)
          .instrument(instrument)
          .leadBody("Azienda Sociale")
          .addPartners("ASL", "Terzo settore")
          .addIndicators(target("utenti " + group, random, 2014, 2017))
          .addIndicators(target("% copertura " + instrument, random, 2014, 2017));
      for (int year = 2015; year <= 2017; year++) {
        for (int f = 0; f < 2; f++) {
          action.addFundings(Funding.of(year, FUNDS[(a + f) % FUNDS.length],
              Money.ofCents(1_000_000L + random.nextLong(50_000_000L))));
        }
      }
      plan.addActions(action.build());
    }
    for (int year = 2015; year <= 2017; year++) {
      var budget = YearlyBudget.builder().year(year);
      long total = 0;
      for (int r = 0; r < REVENUES.length; r++) {
        long cents = 5_000_000_00L + random.nextLong(300_000_000_00L);
        total += cents;
        budget.addRevenues(BudgetLine.builder().label(REVENUES[r]).amount(Money.ofCents(cents))
            .fund(FUNDS[r]).level(FUND_LEVELS[r]).build());
      }
      long left = total;
      for (int e = 0; e < EXPENDITURES.length; e++) {
        long cents = e == EXPENDITURES.length - 1 ? left : total / EXPENDITURES.length;
        left -= cents;
        budget.addExpenditures(BudgetLine.builder().label(EXPENDITURES[e]).amount(Money.ofCents(cents))
            .userArea(EXPENDITURE_AREAS[e]).build());
      }
      plan.addBudgets(budget.publishedRevenueTotal(Money.ofCents(total))
          .publishedExpenditureTotal(Money.ofCents(total)).build());
    }
    plan.addTargets(Target.builder().indicator("% spesa associata").unit("%")
        .baseline(new BigDecimal("19")).baselineYear(2014).value(new BigDecimal("30")).year(2017).build());
    plan.addTargets(Target.builder().indicator("% spesa programmata congiuntamente").unit("%")
        .baseline(new BigDecimal("28")).baselineYear(2014).value(new BigDecimal("50")).year(2017).build());
    return plan.build();
  }

  private static Target target(String indicator, SplittableRandom random, int baselineYear, int year) {
    int baseline = 10 + random.nextInt(500);
    return Target.builder().indicator(indicator).unit("n.")
        .baseline(BigDecimal.valueOf(baseline)).baselineYear(baselineYear)
        .value(BigDecimal.valueOf(baseline + 5 + random.nextInt(100))).year(year).build();
  }
}
