package io.github.socialplan.budget.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.socialplan.budget.allocation.Binding;
import io.github.socialplan.budget.balance.BalanceGap;
import io.github.socialplan.budget.balance.GapKind;
import io.github.socialplan.budget.balance.LineChange;
import io.github.socialplan.budget.balance.PlanBalance;
import io.github.socialplan.budget.balance.Share;
import io.github.socialplan.budget.balance.YearBalance;
import io.github.socialplan.budget.copayment.CopaymentLine;
import io.github.socialplan.budget.copayment.CopaymentSummary;
import io.github.socialplan.budget.copayment.CopaymentUser;
import io.github.socialplan.budget.quota.QuotaCharge;
import io.github.socialplan.budget.quota.QuotaLine;
import io.github.socialplan.budget.reallocation.BindingConstraint;
import io.github.socialplan.budget.reallocation.ReallocationLine;
import io.github.socialplan.budget.reallocation.ReallocationResult;
import io.github.socialplan.budget.transition.TransitionLine;
import io.github.socialplan.budget.transition.TransitionPath;
import io.github.socialplan.budget.transition.TransitionYear;
import io.github.socialplan.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON of the budget calculations' results: quota capitaria charges, transition paths, reallocations,
 * co-payments and plan balances. Each is written as a document record and read back through the same
 * record; a read value is rebuilt with its type's own {@code of} factory, and every figure the JSON repeats
 * (totals, counts, differences, messages, flags) must be the one the rest gives, or the read fails naming
 * the JSON path of the figure.
 */
final class ResultJson {

  /** Decimals of the year-on-year percent changes of a balance, rounded {@link RoundingMode#HALF_UP}. */
  static final int PERCENT_SCALE = io.github.socialplan.budget.export.BudgetJson.PERCENT_SCALE;

  private ResultJson() {}

  // ---- documents: the JSON shapes, boxed so that a missing field is told from a zero ----

  record QuotaDoc(Money total, Long residents, List<QuotaLineDoc> lines) {}

  record QuotaLineDoc(String comune, Long residents, BigDecimal rate, Money amount, List<String> excluded) {}

  record TransitionDoc(List<TransitionYearDoc> years) {}

  record TransitionYearDoc(Integer year, Money total, List<TransitionLineDoc> lines) {}

  record TransitionLineDoc(String recipient, Money previous, Money baseline, Money target, Money amount,
      Money cap) {}

  record ReallocationDoc(Money total, Money movement, Boolean targetsMet, List<ReallocationLineDoc> lines,
      List<ConstraintDoc> constraints) {}

  record ReallocationLineDoc(String item, Money current, BigDecimal targetShare, Money target, Money amount,
      Binding binding) {}

  record ConstraintDoc(String item, Binding kind, Money bound, Money target, String message) {}

  record CopaymentDoc(Money total, Integer exempt, Integer fullTariff, List<CopaymentLineDoc> lines) {}

  record CopaymentLineDoc(String id, BigDecimal isee, Long units, Money fee, Money amount) {}

  record BalanceDoc(Boolean balanced, List<YearDoc> years, List<ChangeDoc> changes) {}

  record YearDoc(Integer year, Money revenueLines, Money publishedRevenue, Money expenditureLines,
      Money publishedExpenditure, Boolean balanced, List<GapDoc> gaps, List<ShareDoc> revenueByLevel,
      List<ShareDoc> expenditureByArea) {}

  record GapDoc(GapKind kind, Money first, Money second, Money difference, String message) {}

  record ShareDoc(String key, Money amount) {}

  record ChangeDoc(String label, Integer fromYear, Integer toYear, Money before, Money after, Money difference,
      BigDecimal percent) {}

  // ---- writing ----

  static QuotaDoc doc(QuotaCharge c) {
    List<QuotaLineDoc> lines = new ArrayList<>();
    for (QuotaLine l : c.lines()) {
      lines.add(new QuotaLineDoc(l.comune(), l.residents(), l.rate(), l.amount(),
          l.excluded().stream().sorted().toList()));
    }
    return new QuotaDoc(c.total(), c.residents(), lines);
  }

  static TransitionDoc doc(TransitionPath path) {
    List<TransitionYearDoc> years = new ArrayList<>();
    for (TransitionYear y : path.years()) {
      List<TransitionLineDoc> lines = new ArrayList<>();
      for (TransitionLine l : y.lines()) {
        lines.add(new TransitionLineDoc(l.recipient(), l.previous(), l.baseline(), l.target(), l.amount(), l.cap()));
      }
      years.add(new TransitionYearDoc(y.year(), y.total(), lines));
    }
    return new TransitionDoc(years);
  }

  static ReallocationDoc doc(ReallocationResult r) {
    List<ReallocationLineDoc> lines = new ArrayList<>();
    for (ReallocationLine l : r.lines()) {
      lines.add(new ReallocationLineDoc(l.item(), l.current(), l.targetShare().orElse(null), l.target(),
          l.amount(), l.binding()));
    }
    List<ConstraintDoc> constraints = new ArrayList<>();
    for (BindingConstraint c : r.constraints()) {
      constraints.add(new ConstraintDoc(c.item(), c.kind(), c.bound(), c.target(), c.message()));
    }
    return new ReallocationDoc(r.total(), r.movement(), r.targetsMet(), lines, constraints);
  }

  static CopaymentDoc doc(CopaymentSummary s) {
    List<CopaymentLineDoc> lines = new ArrayList<>();
    for (CopaymentLine l : s.lines()) {
      lines.add(new CopaymentLineDoc(l.user().id(), l.user().isee(), l.user().units(), l.fee(), l.amount()));
    }
    return new CopaymentDoc(s.total(), s.exempt(), s.fullTariff(), lines);
  }

  static BalanceDoc doc(PlanBalance b) {
    List<YearDoc> years = new ArrayList<>();
    for (YearBalance y : b.years()) {
      List<GapDoc> gaps = new ArrayList<>();
      for (BalanceGap g : y.gaps()) {
        gaps.add(new GapDoc(g.kind(), g.first(), g.second(), g.difference(), g.message()));
      }
      years.add(new YearDoc(y.year(), y.revenueLines(), y.publishedRevenue().orElse(null), y.expenditureLines(),
          y.publishedExpenditure().orElse(null), y.isBalanced(), gaps, shares(b.revenueByLevel(y.year())),
          shares(b.expenditureByArea(y.year()))));
    }
    List<ChangeDoc> changes = new ArrayList<>();
    for (LineChange c : b.changes()) {
      changes.add(new ChangeDoc(c.label(), c.fromYear(), c.toYear(), c.before(), c.after(), c.difference(),
          c.percent(PERCENT_SCALE, RoundingMode.HALF_UP).orElse(null)));
    }
    return new BalanceDoc(b.isBalanced(), years, changes);
  }

  private static List<ShareDoc> shares(List<Share> shares) {
    return shares.stream().map(s -> new ShareDoc(s.key(), s.amount())).toList();
  }

  /** Writes a value as its document. */
  static final class Writer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, Object> toDoc;

    Writer(Class<T> type, Function<T, Object> toDoc) {
      super(type);
      this.toDoc = toDoc;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(toDoc.apply(value), gen);
    }
  }

  // ---- reading ----

  /** Reads a value through its document, then checks and rebuilds it. */
  static final class Reader<T, D> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<D> docType;
    private final transient Build<D, T> build;

    Reader(Class<T> type, Class<D> docType, Build<D, T> build) {
      super(type);
      this.docType = docType;
      this.build = build;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      D doc = ctxt.readValue(p, docType);
      return build.from(doc, new Checks(p, handledType().getSimpleName()));
    }
  }

  /** Rebuilds a value from its document. */
  @FunctionalInterface
  interface Build<D, T> {
    T from(D doc, Checks checks) throws JsonMappingException;
  }

  /** Failures that name the JSON path of the offending figure, below the value being read. */
  static final class Checks {
    private final JsonParser p;
    private final String type;

    Checks(JsonParser p, String type) {
      this.p = p;
      this.type = type;
    }

    /** Fails with a message and the offending value (may be null) at a path of names and indexes. */
    JsonMappingException fail(String message, Object value, Object... path) {
      InvalidFormatException e = InvalidFormatException.from(p, message, value == null ? null : value.toString(),
          Object.class);
      for (int i = path.length - 1; i >= 0; i--) {
        if (path[i] instanceof Integer) {
          e.prependPath(null, (Integer) path[i]);
        } else {
          e.prependPath(null, (String) path[i]);
        }
      }
      return e;
    }

    /** The value, or a "missing required field" failure naming its path. */
    <V> V required(V value, Object... path) throws JsonMappingException {
      if (value == null) {
        Object last = path[path.length - 1];
        throw fail(last instanceof Integer ? "null where a value of " + type + " is expected"
            : "missing required field '" + last + "' of " + type, null, path);
      }
      return value;
    }

    /** Fails unless the written figure is the one the rest of the value gives. */
    void same(Object written, Object expected, String what, Object... path) throws JsonMappingException {
      if (!written.equals(expected)) {
        throw fail(what + " must be " + text(expected) + ", got " + text(written), text(written), path);
      }
    }

    private static String text(Object o) {
      return o instanceof BigDecimal ? ((BigDecimal) o).toPlainString() : String.valueOf(o);
    }
  }

  static QuotaCharge quota(QuotaDoc d, Checks c) throws JsonMappingException {
    List<QuotaLine> lines = new ArrayList<>();
    List<QuotaLineDoc> docs = c.required(d.lines(), "lines");
    for (int i = 0; i < docs.size(); i++) {
      QuotaLineDoc l = c.required(docs.get(i), "lines", i);
      Set<String> excluded = new HashSet<>();
      for (String e : l.excluded() == null ? List.<String>of() : l.excluded()) {
        if (!excluded.add(c.required(e, "lines", i, "excluded"))) {
          throw c.fail("component '" + e + "' is excluded twice", e, "lines", i, "excluded");
        }
      }
      lines.add(new QuotaLine(c.required(l.comune(), "lines", i, "comune"),
          c.required(l.residents(), "lines", i, "residents"), excluded, c.required(l.rate(), "lines", i, "rate"),
          c.required(l.amount(), "lines", i, "amount")));
      if (l.residents() < 0) {
        throw c.fail("residents of comune " + l.comune() + " must not be negative", l.residents(),
            "lines", i, "residents");
      }
      try {
        QuotaCharge.of(List.of(lines.get(i)));
      } catch (IllegalArgumentException e) {
        // the line's own checks: a negative rate, else an amount that is not residents times rate
        boolean rate = l.rate().signum() < 0;
        throw c.fail(e.getMessage(), rate ? l.rate() : l.amount(), "lines", i, rate ? "rate" : "amount");
      }
    }
    QuotaCharge charge;
    try {
      charge = QuotaCharge.of(lines);
    } catch (IllegalArgumentException e) {
      throw c.fail(e.getMessage(), null, "lines");
    }
    c.same(c.required(d.total(), "total"), charge.total(), "the total, the sum of the lines' amounts,", "total");
    c.same(c.required(d.residents(), "residents"), charge.residents(),
        "the residents, the sum of the lines' residents,", "residents");
    return charge;
  }

  static TransitionPath transition(TransitionDoc d, Checks c) throws JsonMappingException {
    List<TransitionYearDoc> docs = c.required(d.years(), "years");
    List<TransitionYear> years = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      TransitionYearDoc y = c.required(docs.get(i), "years", i);
      List<TransitionLineDoc> docLines = c.required(y.lines(), "years", i, "lines");
      List<TransitionLine> lines = new ArrayList<>(docLines.size());
      for (int j = 0; j < docLines.size(); j++) {
        // each field at its own path: TransitionLine would name only the field, at the line
        TransitionLineDoc l = c.required(docLines.get(j), "years", i, "lines", j);
        lines.add(new TransitionLine(c.required(l.recipient(), "years", i, "lines", j, "recipient"),
            c.required(l.previous(), "years", i, "lines", j, "previous"),
            c.required(l.baseline(), "years", i, "lines", j, "baseline"),
            c.required(l.target(), "years", i, "lines", j, "target"),
            c.required(l.amount(), "years", i, "lines", j, "amount"),
            c.required(l.cap(), "years", i, "lines", j, "cap")));
      }
      try {
        years.add(TransitionYear.of(c.required(y.year(), "years", i, "year"), c.required(y.total(), "years", i,
            "total"), lines));
      } catch (IllegalArgumentException e) {
        throw c.fail(e.getMessage(), null, "years", i);
      }
    }
    try {
      return TransitionPath.of(years);
    } catch (IllegalArgumentException e) {
      throw c.fail(e.getMessage(), null, "years");
    }
  }

  static ReallocationResult reallocation(ReallocationDoc d, Checks c) throws JsonMappingException {
    List<ReallocationLineDoc> lineDocs = c.required(d.lines(), "lines");
    List<ReallocationLine> lines = new ArrayList<>();
    for (int i = 0; i < lineDocs.size(); i++) {
      ReallocationLineDoc l = c.required(lineDocs.get(i), "lines", i);
      lines.add(new ReallocationLine(c.required(l.item(), "lines", i, "item"),
          c.required(l.current(), "lines", i, "current"), Optional.ofNullable(l.targetShare()),
          c.required(l.target(), "lines", i, "target"), c.required(l.amount(), "lines", i, "amount"),
          c.required(l.binding(), "lines", i, "binding")));
    }
    List<ConstraintDoc> constraintDocs = c.required(d.constraints(), "constraints");
    List<BindingConstraint> constraints = new ArrayList<>();
    for (int i = 0; i < constraintDocs.size(); i++) {
      ConstraintDoc k = c.required(constraintDocs.get(i), "constraints", i);
      BindingConstraint b;
      try {
        b = new BindingConstraint(c.required(k.item(), "constraints", i, "item"),
            c.required(k.kind(), "constraints", i, "kind"), c.required(k.bound(), "constraints", i, "bound"),
            c.required(k.target(), "constraints", i, "target"));
      } catch (IllegalArgumentException e) {
        throw c.fail(e.getMessage(), k.kind(), "constraints", i, "kind");
      }
      c.same(c.required(k.message(), "constraints", i, "message"), b.message(), "the message", "constraints", i,
          "message");
      constraints.add(b);
    }
    ReallocationResult r;
    try {
      r = ReallocationResult.of(c.required(d.total(), "total"), lines, constraints);
    } catch (IllegalArgumentException e) {
      throw c.fail(e.getMessage(), null);
    }
    c.same(c.required(d.movement(), "movement"), r.movement(), "the movement, half the sum of the changes,",
        "movement");
    c.same(c.required(d.targetsMet(), "targetsMet"), r.targetsMet(), "targetsMet", "targetsMet");
    return r;
  }

  static CopaymentSummary copayment(CopaymentDoc d, Checks c) throws JsonMappingException {
    List<CopaymentLineDoc> docs = c.required(d.lines(), "lines");
    List<CopaymentLine> lines = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      CopaymentLineDoc l = c.required(docs.get(i), "lines", i);
      CopaymentLine line;
      try {
        line = new CopaymentLine(CopaymentUser.of(c.required(l.id(), "lines", i, "id"),
            c.required(l.isee(), "lines", i, "isee"), c.required(l.units(), "lines", i, "units")),
            c.required(l.fee(), "lines", i, "fee"), c.required(l.amount(), "lines", i, "amount"));
        CopaymentSummary.of(List.of(line), 0);
      } catch (IllegalArgumentException e) {
        throw c.fail(e.getMessage(), null, "lines", i);
      }
      if (line.fee().isNegative()) {
        throw c.fail("fee of user " + line.user().id() + " must not be negative", line.fee(), "lines", i, "fee");
      }
      lines.add(line);
    }
    CopaymentSummary s;
    try {
      s = CopaymentSummary.of(lines, c.required(d.fullTariff(), "fullTariff"));
    } catch (IllegalArgumentException e) {
      throw c.fail(e.getMessage(), d.fullTariff(), "fullTariff");
    }
    c.same(c.required(d.total(), "total"), s.total(), "the total, the sum of the lines' amounts,", "total");
    c.same(c.required(d.exempt(), "exempt"), s.exempt(), "exempt, the users with a zero fee,", "exempt");
    return s;
  }

  static PlanBalance balance(BalanceDoc d, Checks c) throws JsonMappingException {
    List<YearDoc> yearDocs = c.required(d.years(), "years");
    List<YearBalance> years = new ArrayList<>();
    Map<Integer, List<Share>> revenue = new LinkedHashMap<>();
    Map<Integer, List<Share>> expenditure = new LinkedHashMap<>();
    for (int i = 0; i < yearDocs.size(); i++) {
      YearDoc y = c.required(yearDocs.get(i), "years", i);
      int year = c.required(y.year(), "years", i, "year");
      Money rev = c.required(y.revenueLines(), "years", i, "revenueLines");
      Money exp = c.required(y.expenditureLines(), "years", i, "expenditureLines");
      List<GapDoc> gapDocs = c.required(y.gaps(), "years", i, "gaps");
      List<BalanceGap> gaps = new ArrayList<>();
      for (int j = 0; j < gapDocs.size(); j++) {
        GapDoc g = c.required(gapDocs.get(j), "years", i, "gaps", j);
        BalanceGap gap = new BalanceGap(year, c.required(g.kind(), "years", i, "gaps", j, "kind"),
            c.required(g.first(), "years", i, "gaps", j, "first"),
            c.required(g.second(), "years", i, "gaps", j, "second"));
        c.same(c.required(g.difference(), "years", i, "gaps", j, "difference"), gap.difference(),
            "the difference, first - second,", "years", i, "gaps", j, "difference");
        c.same(c.required(g.message(), "years", i, "gaps", j, "message"), gap.message(), "the message",
            "years", i, "gaps", j, "message");
        gaps.add(gap);
      }
      YearBalance yb = new YearBalance(year, rev, exp, Optional.ofNullable(y.publishedRevenue()),
          Optional.ofNullable(y.publishedExpenditure()), gaps);
      c.same(c.required(y.balanced(), "years", i, "balanced"), yb.isBalanced(), "balanced, whether it has no gap,",
          "years", i, "balanced");
      if (revenue.containsKey(year)) {
        throw c.fail("year " + year + " appears twice", year, "years", i, "year");
      }
      revenue.put(year, shares(c.required(y.revenueByLevel(), "years", i, "revenueByLevel"), rev, c, i,
          "revenueByLevel"));
      expenditure.put(year, shares(c.required(y.expenditureByArea(), "years", i, "expenditureByArea"), exp, c, i,
          "expenditureByArea"));
      years.add(yb);
      try {
        PlanBalance.of(List.of(yb), Map.of(year, revenue.get(year)), Map.of(year, expenditure.get(year)), List.of());
      } catch (IllegalArgumentException e) {
        throw c.fail(e.getMessage(), null, "years", i);
      }
    }
    List<ChangeDoc> changeDocs = c.required(d.changes(), "changes");
    List<LineChange> changes = new ArrayList<>();
    for (int i = 0; i < changeDocs.size(); i++) {
      ChangeDoc ch = c.required(changeDocs.get(i), "changes", i);
      LineChange lc = new LineChange(c.required(ch.label(), "changes", i, "label"),
          c.required(ch.fromYear(), "changes", i, "fromYear"), c.required(ch.toYear(), "changes", i, "toYear"),
          c.required(ch.before(), "changes", i, "before"), c.required(ch.after(), "changes", i, "after"));
      c.same(c.required(ch.difference(), "changes", i, "difference"), lc.difference(),
          "the difference, after - before,", "changes", i, "difference");
      Optional<BigDecimal> percent = lc.percent(PERCENT_SCALE, RoundingMode.HALF_UP);
      // by value: JSON's 10 is the 10.0 written (a tool may drop the trailing zero)
      if (ch.percent() == null ? percent.isPresent()
          : percent.isEmpty() || ch.percent().compareTo(percent.get()) != 0) {
        throw c.fail(percent.isEmpty() ? "percent must be left out: " + lc.undefinedReason().orElseThrow()
            : "percent must be " + percent.get().toPlainString() + " (" + PERCENT_SCALE
                + " decimal, half up), got " + (ch.percent() == null ? "none" : ch.percent().toPlainString()),
            ch.percent(), "changes", i, "percent");
      }
      changes.add(lc);
    }
    PlanBalance b;
    try {
      b = PlanBalance.of(years, revenue, expenditure, changes);
    } catch (IllegalArgumentException e) {
      throw c.fail(e.getMessage(), null);
    }
    c.same(c.required(d.balanced(), "balanced"), b.isBalanced(), "balanced, whether every year balances,",
        "balanced");
    return b;
  }

  private static List<Share> shares(List<ShareDoc> docs, Money total, Checks c, int year, String field)
      throws JsonMappingException {
    List<Share> shares = new ArrayList<>();
    for (int k = 0; k < docs.size(); k++) {
      ShareDoc s = c.required(docs.get(k), "years", year, field, k);
      shares.add(new Share(c.required(s.key(), "years", year, field, k, "key"),
          c.required(s.amount(), "years", year, field, k, "amount"), total));
    }
    return shares;
  }
}
