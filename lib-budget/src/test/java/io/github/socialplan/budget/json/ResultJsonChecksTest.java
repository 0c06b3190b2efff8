package io.github.socialplan.budget.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.budget.allocation.Binding;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.copayment.CopaymentSummary;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.budget.reallocation.ReallocationResult;
import io.github.socialplan.budget.transition.TransitionPath;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.plan.BudgetLine;
import io.github.socialplan.core.plan.YearlyBudget;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each check of reading a budget result from JSON, on documents written by hand: a valid one reads, and each
 * figure changed alone is refused with its problem and the JSON path of the figure.
 */
class ResultJsonChecksTest {

  private static void refused(Class<?> type, String json, String path, String problem) {
    JsonInputException e = assertThrows(JsonInputException.class, () -> SocialPlanJson.read(json, type), json);
    assertEquals(problem, e.problem(), json);
    assertEquals(path, e.path(), json);
  }

  private static String q(String s) {
    return s.replace('\'', '"');
  }

  // ---- quota capitaria: 2 residents at 3.50 ----

  private static String quota(String line) {
    return q("{'total':7.00,'residents':2,'lines':[" + line + "]}");
  }

  private static final String QUOTA_LINE = "{'comune':'019036','residents':2,'rate':3.50,'amount':7.00,'excluded':[]}";

  @Test
  void quota_readsAndRefusesEachBadFigure() {
    QuotaCharge c = SocialPlanJson.read(quota(QUOTA_LINE), QuotaCharge.class);
    assertEquals(Money.ofEuros(7), c.total());
    assertEquals(2, c.residents());
    // the exclusions may be left out
    assertEquals(c, SocialPlanJson.read(quota(QUOTA_LINE.replace(",'excluded':[]", "")), QuotaCharge.class));
    refused(QuotaCharge.class, quota(QUOTA_LINE.replace("[]", "['nidi','nidi']")), "$.lines[0].excluded",
        "component 'nidi' is excluded twice");
    refused(QuotaCharge.class, quota(QUOTA_LINE.replace("[]", "['nidi',null]")), "$.lines[0].excluded",
        "missing required field 'excluded' of QuotaCharge");
    refused(QuotaCharge.class, q("{'total':-7.00,'residents':-2,'lines':[" + QUOTA_LINE
        .replace("'residents':2", "'residents':-2").replace("7.00", "-7.00") + "]}"), "$.lines[0].residents",
        "residents of comune 019036 must not be negative: -2");
    refused(QuotaCharge.class, quota(QUOTA_LINE.replace("'comune':'019036',", "")), "$.lines[0].comune",
        "missing required field 'comune' of QuotaCharge");
    refused(QuotaCharge.class, quota(QUOTA_LINE.replace("'rate':3.50,", "")), "$.lines[0].rate",
        "missing required field 'rate' of QuotaCharge");
    refused(QuotaCharge.class, quota("null"), "$.lines[0]", "null where a value of QuotaCharge is expected");
    refused(QuotaCharge.class, q("{'total':14.00,'residents':4,'lines':[" + QUOTA_LINE + "," + QUOTA_LINE + "]}"),
        "$.lines", "comune 019036 is charged twice");
    refused(QuotaCharge.class, quota(QUOTA_LINE).replace("\"residents\":2,\"lines\"", "\"residents\":3,\"lines\""),
        "$.residents", "the residents, the sum of the lines' residents, must be 2, got 3");
    refused(QuotaCharge.class, q("{'residents':2,'lines':[" + QUOTA_LINE + "]}"), "$.total",
        "missing required field 'total' of QuotaCharge");
  }

  @Test
  void quota_withANegativeRate_isRefusedAtTheRate_asQuotaChargeOfRefusesIt() {
    // 100 residents at -4.89 is -489.00 exactly: the amount agrees, the rate is what is wrong
    refused(QuotaCharge.class, q("{'total':-489.00,'residents':100,'lines':[{'comune':'019036','residents':100,"
        + "'rate':-4.89,'amount':-489.00,'excluded':[]}]}"), "$.lines[0].rate",
        "rate of comune 019036 must be >= 0: -4.89");
    QuotaCharge c = SocialPlanJson.read(q("{'total':489.00,'residents':100,'lines':[{'comune':'019036',"
        + "'residents':100,'rate':4.89,'amount':489.00,'excluded':[]}]}"), QuotaCharge.class);
    assertEquals(Money.parse("489.00"), c.total());
    assertEquals(new BigDecimal("4.89"), c.line("019036").rate());
  }

  // ---- transition: A 60 -> 55, B 40 -> 45, total 100 ----

  private static final String T_A = "{'recipient':'A','previous':60.00,'baseline':60.00,'target':50.00,"
      + "'amount':55.00,'cap':5.00}";
  private static final String T_B = "{'recipient':'B','previous':40.00,'baseline':40.00,'target':50.00,"
      + "'amount':45.00,'cap':5.00}";

  private static String transition(String year) {
    return q("{'years':[" + year + "]}");
  }

  @Test
  void transition_readsAndRefusesEachBadFigure() {
    TransitionPath p = SocialPlanJson.read(transition("{'year':2015,'total':100.00,'lines':[" + T_A + "," + T_B
        + "]}"), TransitionPath.class);
    assertEquals(Money.ofEuros(55), p.year(2015).amount("A"));
    refused(TransitionPath.class, transition("{'year':2015,'total':100.00,'lines':[" + T_A + ",null]}"),
        "$.years[0].lines[1]", "null where a value of TransitionPath is expected");
    refused(TransitionPath.class, transition("{'total':100.00,'lines':[" + T_A + "," + T_B + "]}"),
        "$.years[0].year", "missing required field 'year' of TransitionPath");
    refused(TransitionPath.class, transition("{'year':2015,'lines':[" + T_A + "," + T_B + "]}"),
        "$.years[0].total", "missing required field 'total' of TransitionPath");
    refused(TransitionPath.class, transition("{'year':2015,'total':100.00}"),
        "$.years[0].lines", "missing required field 'lines' of TransitionPath");
    refused(TransitionPath.class, transition("{'year':2015,'total':101.00,'lines':[" + T_A + "," + T_B + "]}"),
        "$.years[0]", "2015: the amounts add up to 100.00, not the total 101.00");
    // A 60 -> 45 with a target of 50 moves within its cap of 15 but 5 past its target; B mirrors it
    refused(TransitionPath.class, transition("{'year':2015,'total':100.00,'lines':["
        + "{'recipient':'A','previous':60.00,'baseline':60.00,'target':50.00,'amount':45.00,'cap':15.00},"
        + "{'recipient':'B','previous':40.00,'baseline':40.00,'target':50.00,'amount':55.00,'cap':15.00}]}"),
        "$.years[0]", "2015: recipient A gets 45.00, outside the range from its baseline 60.00 to its target 50.00");
    // previous 60 / 40 add up to the total 100, so the baselines are 60 / 40, not 50 / 50
    refused(TransitionPath.class, transition("{'year':2015,'total':100.00,'lines':["
        + "{'recipient':'A','previous':60.00,'baseline':50.00,'target':50.00,'amount':50.00,'cap':0.00},"
        + "{'recipient':'B','previous':40.00,'baseline':50.00,'target':50.00,'amount':50.00,'cap':0.00}]}"),
        "$.years[0]", "2015: baseline of A is 50.00, not its previous amount 60.00 rescaled to the total 100.00: 60.00");
    refused(TransitionPath.class, transition("null"), "$.years[0]", "null where a value of TransitionPath is expected");
    refused(TransitionPath.class, q("{}"), "$.years", "missing required field 'years' of TransitionPath");
  }

  @Test
  void transition_aNullOrMissingFieldOfALine_isRefusedAtTheField() {
    for (String field : new String[] {"recipient", "previous", "baseline", "target", "amount", "cap"}) {
      String nulled = T_A.replaceAll("'" + field + "':[^,}]*", "'" + field + "':null");
      refused(TransitionPath.class, transition("{'year':2015,'total':100.00,'lines':[" + T_B + "," + nulled + "]}"),
          "$.years[0].lines[1]." + field, "missing required field '" + field + "' of TransitionPath");
      String missing = T_A.replaceAll(",?'" + field + "':[^,}]*", "").replace("{,", "{");
      refused(TransitionPath.class, transition("{'year':2015,'total':100.00,'lines':[" + missing + "," + T_B + "]}"),
          "$.years[0].lines[0]." + field, "missing required field '" + field + "' of TransitionPath");
    }
  }

  @Test
  void anUnknownFieldOfALine_namesTheLinesType_notTheModulesInternalShape() {
    refused(TransitionPath.class, transition("{'year':2015,'total':100.00,'lines':[" + T_B + ","
        + T_A.replace("}", ",'x':1}") + "]}"), "$.years[0].lines[1].x", "unknown field 'x' of TransitionLine; known: [amount, baseline, cap, previous, recipient, target]");
    refused(io.github.socialplan.budget.allocation.Allocation.class, q("{'total':1.00,'lines':[{'recipient':'a',"
        + "'weight':1,'exactShare':1.000000000000,'amount':1.00,'remainderCents':0.0000000000,'roundedUp':false,"
        + "'binding':'NONE','x':1}]}"), "$.lines[0].x", "unknown field 'x' of AllocationLine; known: [amount, binding, exactShare, recipient, remainderCents, roundedUp, weight]");
  }

  @Test
  void allocation_aNullOrMissingFieldOfALine_isRefusedAtTheField() {
    String line = "{'recipient':'a','weight':1,'exactShare':1.000000000000,'amount':1.00,"
        + "'remainderCents':0.0000000000,'roundedUp':false,'binding':'NONE'}";
    assertEquals(Money.ofEuros(1), SocialPlanJson.read(q("{'total':1.00,'lines':[" + line + "]}"),
        io.github.socialplan.budget.allocation.Allocation.class).amount("a"));
    for (String field : new String[] {"recipient", "weight", "exactShare", "amount", "remainderCents", "roundedUp",
        "binding"}) {
      String nulled = line.replaceAll("'" + field + "':[^,}]*", "'" + field + "':null");
      refused(io.github.socialplan.budget.allocation.Allocation.class, q("{'total':1.00,'lines':[" + nulled + "]}"),
          "$.lines[0]." + field, "missing required field '" + field + "' of Allocation");
      String missing = line.replaceAll(",?'" + field + "':[^,}]*", "").replace("{,", "{");
      refused(io.github.socialplan.budget.allocation.Allocation.class, q("{'total':1.00,'lines':[" + missing + "]}"),
          "$.lines[0]." + field, "missing required field '" + field + "' of Allocation");
    }
  }

  // ---- reallocation: A 30 -> 40 held at its ceiling (target 50), B 70 -> 60 ----

  private static final String R_A = "{'item':'A','current':30.00,'targetShare':0.5,'target':50.00,'amount':40.00,"
      + "'binding':'CEILING'}";
  private static final String R_B = "{'item':'B','current':70.00,'target':50.00,'amount':60.00,'binding':'NONE'}";
  private static final String R_C = "{'item':'A','kind':'CEILING','bound':40.00,'target':50.00,"
      + "'message':'A: target 50.00 is above its ceiling 40.00'}";

  private static String reallocation(String lines, String constraints) {
    return q("{'total':100.00,'movement':10.00,'targetsMet':false,'lines':[" + lines + "],'constraints':["
        + constraints + "]}");
  }

  @Test
  void reallocation_readsAndRefusesEachBadFigure() {
    ReallocationResult r = SocialPlanJson.read(reallocation(R_A + "," + R_B, R_C), ReallocationResult.class);
    assertEquals(Binding.CEILING, r.line("A").binding());
    assertEquals(new BigDecimal("0.5"), r.line("A").targetShare().orElseThrow());
    refused(ReallocationResult.class, reallocation(R_A + "," + R_B, R_C.replace("'CEILING'", "'NONE'")),
        "$.constraints[0].kind", "a binding constraint is a floor or a ceiling, not NONE");
    refused(ReallocationResult.class, reallocation(R_A + "," + R_B, R_C.replace("'bound':40.00", "'bound':60.00")
        .replace("ceiling 40.00", "ceiling 60.00")), "$.constraints[0].kind",
        "A: a ceiling of 60.00 does not stop the target 50.00, which is not above it: CEILING");
    refused(ReallocationResult.class, reallocation(R_A + "," + R_B, R_C.replace(",'kind':'CEILING'", "")),
        "$.constraints[0].kind", "missing required field 'kind' of ReallocationResult");
    refused(ReallocationResult.class, reallocation(R_A + "," + R_B, "null"), "$.constraints[0]",
        "null where a value of ReallocationResult is expected");
    refused(ReallocationResult.class, reallocation(R_A + "," + R_B.replace(",'binding':'NONE'", ""), R_C),
        "$.lines[1].binding", "missing required field 'binding' of ReallocationResult");
    refused(ReallocationResult.class, reallocation(R_A + "," + R_B.replace("'item':'B',", ""), R_C),
        "$.lines[1].item", "missing required field 'item' of ReallocationResult");
    refused(ReallocationResult.class, reallocation(R_A + ",null", R_C), "$.lines[1]",
        "null where a value of ReallocationResult is expected");
    refused(ReallocationResult.class, reallocation(R_A + "," + R_A, R_C), "$", "item A appears twice");
    refused(ReallocationResult.class, reallocation(R_A + "," + R_B.replace("'target':50.00", "'target':60.00"), R_C),
        "$", "the targets add up to 110.00: they must be the total 100.00");
    // A's share 0.5 of 100.00 is 50.00: a target of 40.00 (and B's 60.00) is no split by the shares
    refused(ReallocationResult.class, reallocation(R_A.replace("'target':50.00", "'target':40.00").replace(
        "'binding':'CEILING'", "'binding':'NONE'") + "," + R_B.replace("'target':50.00", "'target':60.00"), ""),
        "$", "target of A is 40.00, not its share 0.5 of the total 100.00 to the cent (50.00)");
    refused(ReallocationResult.class, reallocation(R_A + "," + R_B, R_C).replace("\"targetsMet\":false,", ""),
        "$.targetsMet", "missing required field 'targetsMet' of ReallocationResult");
    refused(ReallocationResult.class, q("{'total':100.00,'movement':10.00,'targetsMet':false,'lines':[" + R_A + ","
        + R_B + "]}"), "$.constraints", "missing required field 'constraints' of ReallocationResult");
  }

  // ---- co-payment: u1 with ISEE 1000 pays 10.00 for 2 units ----

  private static String copayment(String line) {
    return q("{'total':20.00,'exempt':0,'fullTariff':0,'lines':[" + line + "]}");
  }

  @Test
  void copayment_readsAndRefusesEachBadFigure() {
    String line = "{'id':'u1','isee':1000,'units':2,'fee':10.00,'amount':20.00}";
    CopaymentSummary s = SocialPlanJson.read(copayment(line), CopaymentSummary.class);
    assertEquals(Money.ofEuros(20), s.total());
    refused(CopaymentSummary.class, q("{'total':-20.00,'exempt':0,'fullTariff':0,'lines':["
        + line.replace("10.00", "-10.00").replace("20.00", "-20.00") + "]}"), "$.lines[0].fee",
        "fee of user u1 must not be negative: -10.00");
    refused(CopaymentSummary.class, copayment(line.replace("1000", "-1")), "$.lines[0]",
        "ISEE of user u1 must be >= 0: -1");
    refused(CopaymentSummary.class, copayment(line.replace("'units':2,", "")), "$.lines[0].units",
        "missing required field 'units' of CopaymentSummary");
    refused(CopaymentSummary.class, copayment("null"), "$.lines[0]", "null where a value of CopaymentSummary is expected");
    refused(CopaymentSummary.class, copayment(line).replace("\"exempt\":0", "\"exempt\":1"), "$.exempt",
        "exempt, the users with a zero fee, must be 0, got 1");
    refused(CopaymentSummary.class, copayment(line).replace("\"total\":20.00", "\"total\":20.01"), "$.total",
        "the total, the sum of the lines' amounts, must be 20.00, got 20.01");
  }

  // ---- balance: 2015 FNPS 100 / Anziani 100; 2016 FNPS 110 / Anziani 105 ----

  private static final String GAP_2016 = "{'kind':'REVENUE_LINES_VS_EXPENDITURE_LINES','first':110.00,'second':105.00,"
      + "'difference':5.00,'message':'2016: revenue lines add up to 110.00, expenditure lines add up to 105.00:"
      + " difference 5.00'}";

  private static String year(int year, long revenue, long expenditure, String balanced, String gaps) {
    return "{'year':" + year + ",'revenueLines':" + revenue + ".00,'expenditureLines':" + expenditure
        + ".00,'balanced':" + balanced + ",'gaps':[" + gaps + "],'revenueByLevel':[{'key':'UNCLASSIFIED','amount':"
        + revenue + ".00}],'expenditureByArea':[{'key':'Anziani','amount':" + expenditure + ".00}]}";
  }

  private static final String Y2015 = year(2015, 100, 100, "true", "");
  private static final String Y2016 = year(2016, 110, 105, "false", GAP_2016);
  private static final String FNPS = "{'label':'FNPS','fromYear':2015,'toYear':2016,'before':100.00,'after':110.00,"
      + "'difference':10.00,'percent':10.0}";
  private static final String ANZIANI = "{'label':'Anziani','fromYear':2015,'toYear':2016,'before':100.00,"
      + "'after':105.00,'difference':5.00,'percent':5.0}";

  private static String balance(String years, String changes) {
    return q("{'balanced':false,'years':[" + years + "],'changes':[" + changes + "]}");
  }

  private static final String BALANCE = balance(Y2015 + "," + Y2016, FNPS + "," + ANZIANI);

  @Test
  void balance_readsAsTheComputedOne() {
    PlanBalance b = SocialPlanJson.read(BALANCE, PlanBalance.class);
    assertEquals(twoYears(), b);
  }

  @Test
  void balance_readsAPercentWrittenWithoutItsTrailingZero() {
    // JSON has one number 10 = 10.0: a tool that reads and writes the document back (JavaScript's
    // JSON.stringify writes 10.0 as 10) keeps every figure; the percent is still 110 / 100 - 1 = 10 %
    String trimmed = balance(Y2015 + "," + Y2016, FNPS.replace("'percent':10.0", "'percent':10") + ","
        + ANZIANI.replace("'percent':5.0", "'percent':5.00"));
    assertEquals(twoYears(), SocialPlanJson.read(trimmed, PlanBalance.class));
  }

  @Test
  void balance_refusesEachBadFigureOfAYear() {
    refused(PlanBalance.class, balance(Y2015 + "," + Y2015.replace("'year':2015", "'year':2015"), ""),
        "$.years[1].year", "year 2015 appears twice");
    refused(PlanBalance.class, balance(Y2015.replace("'balanced':true", "'balanced':false") + "," + Y2016,
        FNPS + "," + ANZIANI), "$.years[0].balanced", "balanced, whether it has no gap, must be true, got false");
    refused(PlanBalance.class, balance(Y2015 + "," + Y2016.replace("difference 5.00'", "difference 5'"),
        FNPS + "," + ANZIANI), "$.years[1].gaps[0].message", "the message must be 2016: revenue lines add up to"
        + " 110.00, expenditure lines add up to 105.00: difference 5.00, got 2016: revenue lines add up to 110.00,"
        + " expenditure lines add up to 105.00: difference 5");
    refused(PlanBalance.class, balance(Y2015 + "," + Y2016.replace("'difference':5.00", "'difference':-5.00"),
        FNPS + "," + ANZIANI), "$.years[1].gaps[0].difference",
        "the difference, first - second, must be 5.00, got -5.00");
    refused(PlanBalance.class, balance(Y2015 + "," + Y2016.replace("'second':105.00,", ""), FNPS + "," + ANZIANI),
        "$.years[1].gaps[0].second", "missing required field 'second' of PlanBalance");
    refused(PlanBalance.class, balance(Y2015 + "," + Y2016.replace("'gaps':[", "'gaps':[null,"),
        FNPS + "," + ANZIANI), "$.years[1].gaps[0]", "null where a value of PlanBalance is expected");
    refused(PlanBalance.class, balance(Y2015.replace("{'key':'Anziani'", "null,{'key':'Anziani'") + "," + Y2016,
        FNPS + "," + ANZIANI), "$.years[0].expenditureByArea[0]", "null where a value of PlanBalance is expected");
    refused(PlanBalance.class, balance(Y2015.replace("'key':'UNCLASSIFIED',", "") + "," + Y2016,
        FNPS + "," + ANZIANI), "$.years[0].revenueByLevel[0].key", "missing required field 'key' of PlanBalance");
    refused(PlanBalance.class, balance(Y2015.replace("'revenueLines':100.00,", "") + "," + Y2016,
        FNPS + "," + ANZIANI), "$.years[0].revenueLines", "missing required field 'revenueLines' of PlanBalance");
    // a gap the figures do not give: the check of the year alone
    refused(PlanBalance.class, balance(Y2015.replace("'balanced':true,'gaps':[]", "'balanced':false,'gaps':["
        + GAP_2016.replace("2016", "2015") + "]") + "," + Y2016, FNPS + "," + ANZIANI), "$.years[0]",
        "2015: the gaps must be the ones its figures give: [], not [2015: revenue lines add up to 110.00,"
        + " expenditure lines add up to 105.00: difference 5.00]");
  }

  @Test
  void balance_refusesEachBadFigureOfAChange() {
    refused(PlanBalance.class, balance(Y2015 + "," + Y2016, FNPS.replace("'percent':10.0", "'percent':5") + ","
        + ANZIANI), "$.changes[0].percent", "percent must be 10.0 (1 decimal, half up), got 5");
    refused(PlanBalance.class, balance(Y2015 + "," + Y2016, FNPS.replace(",'percent':10.0", "") + "," + ANZIANI),
        "$.changes[0].percent", "percent must be 10.0 (1 decimal, half up), got none");
    refused(PlanBalance.class, balance(Y2015 + "," + Y2016, FNPS.replace("'difference':10.00", "'difference':9.00")),
        "$.changes[0].difference", "the difference, after - before, must be 10.00, got 9.00");
    refused(PlanBalance.class, balance(Y2015 + "," + Y2016, FNPS.replace("'label':'FNPS',", "")),
        "$.changes[0].label", "missing required field 'label' of PlanBalance");
    refused(PlanBalance.class, balance(Y2015 + "," + Y2016, "null"), "$.changes[0]",
        "null where a value of PlanBalance is expected");
    refused(PlanBalance.class, balance(Y2015 + "," + Y2016, FNPS.replace("'toYear':2016", "'toYear':2017")), "$",
        "change of 'FNPS' from 2015 to 2017: not two consecutive budget years");
    refused(PlanBalance.class, balance(Y2015 + "," + Y2016, FNPS + "," + ANZIANI).replace("\"balanced\":false,\"years\"",
        "\"years\""), "$.balanced", "missing required field 'balanced' of PlanBalance");
    // from zero the percent is undefined and must be left out
    String fromZero = balance(year(2015, 0, 0, "true", "") + "," + year(2016, 0, 0, "true", ""),
        "{'label':'FNPS','fromYear':2015,'toYear':2016,'before':0.00,'after':0.00,'difference':0.00,'percent':0}");
    refused(PlanBalance.class, fromZero.replace("\"balanced\":false", "\"balanced\":true"), "$.changes[0].percent",
        "percent must be left out: change of 'FNPS' from 2015 is undefined in percent: it was zero");
  }

  /** The balance the document above writes, computed from its budgets. */
  private static PlanBalance twoYears() {
    return PlanBalance.of(List.of(
        YearlyBudget.builder().year(2015).addRevenues(BudgetLine.of("FNPS", Money.ofEuros(100)))
            .addExpenditures(BudgetLine.of("Anziani", Money.ofEuros(100))).build(),
        YearlyBudget.builder().year(2016).addRevenues(BudgetLine.of("FNPS", Money.ofEuros(110)))
            .addExpenditures(BudgetLine.of("Anziani", Money.ofEuros(105))).build()));
  }
}
