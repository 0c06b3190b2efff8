package io.github.socialplan.budget.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.YearlyBudget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A balance put together from its parts (as a JSON read does): each figure that the parts repeat must agree,
 * or the balance is refused naming the year and the figure.
 */
class PlanBalanceOfTest {

  private static BudgetLine line(String label, long euros) {
    return BudgetLine.builder().label(label).amount(Money.ofEuros(euros)).build();
  }

  /** 2015: revenue 100 = expenditure 100; 2016: revenue 110 against expenditure 105, one gap. */
  private static final PlanBalance TWO_YEARS = PlanBalance.of(List.of(
      YearlyBudget.builder().year(2015).addRevenues(line("FNPS", 100)).addExpenditures(line("Anziani", 100))
          .build(),
      YearlyBudget.builder().year(2016).addRevenues(line("FNPS", 110)).addExpenditures(line("Anziani", 105))
          .build()));

  private static Map<Integer, List<Share>> revenue() {
    return new HashMap<>(Map.of(2015, TWO_YEARS.revenueByLevel(2015), 2016, TWO_YEARS.revenueByLevel(2016)));
  }

  private static Map<Integer, List<Share>> expenditure() {
    return new HashMap<>(Map.of(2015, TWO_YEARS.expenditureByArea(2015), 2016,
        TWO_YEARS.expenditureByArea(2016)));
  }

  private static String refused(List<YearBalance> years, Map<Integer, List<Share>> revenue,
      Map<Integer, List<Share>> expenditure, List<LineChange> changes) {
    return assertThrows(IllegalArgumentException.class,
        () -> PlanBalance.of(years, revenue, expenditure, changes)).getMessage();
  }

  @Test
  void theComputedFigures_putTogetherAgain_giveAnEqualBalance() {
    PlanBalance again = PlanBalance.of(TWO_YEARS.years(), revenue(), expenditure(), TWO_YEARS.changes());
    assertEquals(TWO_YEARS, again);
    assertEquals(TWO_YEARS.hashCode(), again.hashCode());
    // The shares, worked by hand: lines without a level or an area are unclassified, and all of the year.
    assertEquals(List.of(new Share(PlanBalance.UNCLASSIFIED, Money.ofEuros(110), Money.ofEuros(110))),
        TWO_YEARS.revenueByLevel(2016));
    assertEquals(List.of(new LineChange("FNPS", 2015, 2016, Money.ofEuros(100), Money.ofEuros(110)),
        new LineChange("Anziani", 2015, 2016, Money.ofEuros(100), Money.ofEuros(105))), TWO_YEARS.changes());
  }

  @Test
  void balancesDifferingInOnePart_areUnequal() {
    Map<Integer, List<Share>> otherRevenue = revenue();
    otherRevenue.put(2015, List.of(new Share("NATIONAL", Money.ofEuros(100), Money.ofEuros(100))));
    Map<Integer, List<Share>> otherExpenditure = expenditure();
    otherExpenditure.put(2015, List.of(new Share("ANZIANI", Money.ofEuros(100), Money.ofEuros(100))));
    List<LineChange> oneChange = TWO_YEARS.changes().subList(0, 1);
    assertNotEquals(TWO_YEARS, PlanBalance.of(TWO_YEARS.years(), otherRevenue, expenditure(), TWO_YEARS.changes()));
    assertNotEquals(TWO_YEARS, PlanBalance.of(TWO_YEARS.years(), revenue(), otherExpenditure, TWO_YEARS.changes()));
    assertNotEquals(TWO_YEARS, PlanBalance.of(TWO_YEARS.years(), revenue(), expenditure(), oneChange));
    assertNotEquals(TWO_YEARS, PlanBalance.of(TWO_YEARS.years().subList(0, 1),
        Map.of(2015, TWO_YEARS.revenueByLevel(2015)), Map.of(2015, TWO_YEARS.expenditureByArea(2015)), List.of()));
  }

  @Test
  void yearsOutOfOrderOrRepeated_areRefused() {
    List<YearBalance> reversed = List.of(TWO_YEARS.year(2016), TWO_YEARS.year(2015));
    assertEquals("year 2015 comes after 2016", refused(reversed, revenue(), expenditure(), List.of()));
    List<YearBalance> twice = List.of(TWO_YEARS.year(2015), TWO_YEARS.year(2015));
    assertEquals("year 2015 comes after 2015", refused(twice, revenue(), expenditure(), List.of()));
  }

  @Test
  void sharesThatDisagreeWithTheLines_areRefused() {
    Map<Integer, List<Share>> missing = revenue();
    missing.remove(2016);
    assertEquals("2016: no revenue shares",
        refused(TWO_YEARS.years(), missing, expenditure(), TWO_YEARS.changes()));

    Map<Integer, List<Share>> twice = expenditure();
    Share half = new Share("ANZIANI", Money.ofEuros(50), Money.ofEuros(100));
    twice.put(2015, List.of(half, half));
    assertEquals("2015: expenditure share ANZIANI appears twice",
        refused(TWO_YEARS.years(), revenue(), twice, TWO_YEARS.changes()));

    Map<Integer, List<Share>> overOther = revenue();
    overOther.put(2015, List.of(new Share("NATIONAL", Money.ofEuros(100), Money.ofEuros(120))));
    assertTrue(refused(TWO_YEARS.years(), overOther, expenditure(), TWO_YEARS.changes())
        .startsWith("2015: revenue share NATIONAL is over 120.00, not the revenue lines 100.00"));

    Map<Integer, List<Share>> short_ = revenue();
    short_.put(2015, List.of(new Share("NATIONAL", Money.ofEuros(90), Money.ofEuros(100))));
    assertTrue(refused(TWO_YEARS.years(), short_, expenditure(), TWO_YEARS.changes())
        .startsWith("2015: revenue shares add up to 90.00, not the revenue lines 100.00"));
  }

  @Test
  void sharesOfAYearWithoutBalance_areRefused() {
    Map<Integer, List<Share>> extraRevenue = revenue();
    extraRevenue.put(2020, List.of());
    assertEquals("revenue shares of 2020, which has no balance",
        refused(TWO_YEARS.years(), extraRevenue, expenditure(), TWO_YEARS.changes()));
    Map<Integer, List<Share>> extraExpenditure = expenditure();
    extraExpenditure.put(2020, List.of());
    assertEquals("expenditure shares of 2020, which has no balance",
        refused(TWO_YEARS.years(), revenue(), extraExpenditure, TWO_YEARS.changes()));
    assertEquals("no budget for 2020",
        assertThrows(IllegalArgumentException.class, () -> TWO_YEARS.revenueByLevel(2020)).getMessage());
  }

  @Test
  void gapsOtherThanTheFiguresGive_areRefused() {
    YearBalance y2016 = TWO_YEARS.year(2016);
    YearBalance noGap = new YearBalance(2016, y2016.revenueLines(), y2016.expenditureLines(), Optional.empty(),
        Optional.empty(), List.of());
    List<YearBalance> years = new ArrayList<>(List.of(TWO_YEARS.year(2015), noGap));
    assertTrue(refused(years, revenue(), expenditure(), TWO_YEARS.changes())
        .startsWith("2016: the gaps must be the ones its figures give"));
  }

  @Test
  void aChangeBetweenYearsThatAreNotConsecutive_isRefused() {
    LineChange skipping = new LineChange("FNPS", 2015, 2017, Money.ofEuros(100), Money.ofEuros(110));
    assertEquals("change of 'FNPS' from 2015 to 2017: not two consecutive budget years",
        refused(TWO_YEARS.years(), revenue(), expenditure(), List.of(skipping)));
    LineChange fromTheLastYear = new LineChange("FNPS", 2016, 2017, Money.ofEuros(110), Money.ofEuros(120));
    assertEquals("change of 'FNPS' from 2016 to 2017: not two consecutive budget years",
        refused(TWO_YEARS.years(), revenue(), expenditure(), List.of(fromTheLastYear)));
  }

  @Test
  void theReports_sayWhichYearBalancesAndHowEachLineChanged() {
    String[] report = TWO_YEARS.report().split("\n");
    assertTrue(report[1].startsWith("2015") && report[1].endsWith("balanced"), report[1]);
    assertTrue(report[2].startsWith("2016") && report[2].endsWith("1 gap(s)"), report[2]);
    assertEquals(4, report.length, TWO_YEARS.report());
    String[] changes = TWO_YEARS.changesReport().split("\n");
    assertEquals(2, changes.length);
    // 100 -> 110 is +10.0 %, 100 -> 105 is +5.0 %.
    assertTrue(changes[0].startsWith("FNPS") && changes[0].contains("2015-2016") && changes[0].endsWith("10.0%"),
        changes[0]);
    assertTrue(changes[1].startsWith("Anziani") && changes[1].endsWith("5.0%"), changes[1]);
    assertEquals("PlanBalance{years=2, balanced=false}", TWO_YEARS.toString());
  }
}
