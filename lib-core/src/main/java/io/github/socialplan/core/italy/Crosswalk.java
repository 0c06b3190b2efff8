package io.github.socialplan.core.italy;

import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maps per-comune values (populations, counts, amounts) from the territory of one date onto the territory of
 * a later date (<i>raccordo tra territori</i>):
 *
 * <ul>
 *   <li>renames and changes of code or province map one to one, followed through the cadastral code, or
 *       through their {@code CD} or {@code AP} row where ANPR gave the comune another cadastral code too
 *       (Lonato, Lonato del Garda from 2 November 2007);
 *   <li>comuni that ended in a merger or an incorporation ({@code ES} rows of ISTAT's variations) are summed
 *       into the comune that took their territory, and so are comuni that ANPR's archive gives one cadastral
 *       code and that go on as one comune under it ({@code D588}: FILAGO into MARNE on 26 January 1928);
 *   <li>a comune that ceded territory to establish a new one ({@code CECS}), or that ended with its territory
 *       divided among several comuni ({@code ES} rows naming more than one), is a <em>split</em>: its value
 *       cannot be divided without more data, so it is reported and not mapped, and the comuni it went to
 *       have no value (also when it was divided after a change of
 *       code, or after a merger that gave its territory the code of a new comune), nor has the comune that
 *       holds the rest of its territory; each part is followed through later changes of code and mergers;
 *   <li>a comune that ended with no variation saying where its territory went is reported as unmapped, and
 *       when it has a value, the comuni of its province, any of which may have taken its territory, get
 *       none: with {@link Variations#none()} a merger is not followed, so the comune that absorbed another
 *       cannot be told from its neighbours;
 *   <li>likewise a comune established between the two dates from territory of others, when no variation
 *       says which ({@link Variations#none()}, or a split before 1991, where ISTAT's variations begin): the
 *       comuni of its province, any of which may have ceded territory to it, get no value (Mappano, 18 April
 *       2017: without the variations, Borgaro Torinese and every other comune of the Città metropolitana
 *       di Torino). Comuni of its province that ended the day before, with no variation saying where they
 *       went, are taken to have made the comuni established there that day (mergers) only when they are at
 *       least two for each, as a merger takes two or more: with fewer, a comune carved out of another on the
 *       day that others merge cannot be told from the merger, and the comuni of the province get no value;
 *   <li>a part of a territory ceded to a comune that exists ({@code CE}, {@code AQ}: a correction of
 *       boundaries, a hamlet that changes comune) is not followed: both comuni keep their values, on
 *       territories that changed by that part.
 * </ul>
 *
 * <p>A variation whose row gives no date ({@link Variation#dated()} false) is not taken to be of 1 January:
 * a {@code CECS} is placed on the day the registry starts the new comune in the row's year, and a split
 * whose day is not known is taken to be on any day of its year, so a comune that may have been divided
 * between the two dates is a split.
 *
 * <p>Every source comune gets an {@link Entry} saying what was done with it; {@link Result} says which
 * target comuni have a value and why the others have none, so nothing is dropped or counted twice silently.
 *
 * <pre>{@code
 * Crosswalk cw = Crosswalk.between(ItalyRegistry.embedded(), variations,
 *     LocalDate.of(2016, 1, 1), LocalDate.of(2022, 1, 1));
 * Crosswalk.Result<Long> r = cw.mapCounts(residents2016);
 * r.values();        // per comune of 2022
 * r.report();        // one line per comune of 2016
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Crosswalk {

  /** What happened to a source comune between the two dates. */
  public enum Outcome {
    /** Same code and name on both dates. */
    UNCHANGED,
    /** Same code, another name. */
    RENAMED,
    /** Another code (a change of province), followed through the cadastral code. */
    RECODED,
    /** Merged into, or incorporated by, the target: its value is summed with the target's other sources. */
    MERGED,
    /** Its territory was divided: not mapped without more data. */
    SPLIT,
    /** It ended and no variation says where its territory went: not mapped. */
    UNMAPPED
  }

  /**
   * What the crosswalk does with one comune of the first date.
   *
   * @param source the comune on the first date, not null
   * @param outcome what happened to it, not null
   * @param target the comune it maps to on the second date; empty for {@link Outcome#SPLIT} and
   *     {@link Outcome#UNMAPPED}
   * @param detail the steps or the reason, in words, naming codes, dates and file lines, not null
   */
  public record Entry(ComunePeriod source, Outcome outcome, Optional<ComunePeriod> target, String detail) {

    /**
     * Checks the components are not null and that a target is there exactly when the comune maps.
     *
     * @param source the comune on the first date, not null
     * @param outcome what happened to it, not null
     * @param target the comune it maps to on the second date; empty for {@link Outcome#SPLIT} and {@link Outcome#UNMAPPED}
     * @param detail the steps or the reason, in words, naming codes, dates and file lines, not null
     */
    public Entry {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(detail, "detail");
      boolean maps = outcome != Outcome.SPLIT && outcome != Outcome.UNMAPPED;
      if (maps != target.isPresent()) {
        throw new IllegalArgumentException("entry of " + source.code() + ": outcome " + outcome
            + (maps ? " needs" : " must not have") + " a target");
      }
    }

    /** {@return the entry as one line of the report} */
    public String message() {
      return source.code() + " " + source.name() + ": " + outcome
          + target.map(t -> " -> " + t.code() + " " + t.name()).orElse("") + (detail.isEmpty() ? "" : "; " + detail);
    }
  }

  private final LocalDate from;
  private final LocalDate to;
  private final Map<IstatCode, Entry> entries;
  /** The comuni of the second date with the sources that map to each, in code order. */
  private final Map<IstatCode, List<IstatCode>> sourcesOf;
  private final Map<IstatCode, ComunePeriod> targets;
  /** Why a target comune gets no complete value whatever the input: a split or no source at all. */
  private final Map<IstatCode, String> blocked;
  /**
   * For each unmapped source, the targets that may have taken its territory: those of its province when it
   * ended, and those with a source of its province on the first date.
   */
  private final Map<IstatCode, Set<IstatCode>> mayHaveTaken;

  private Crosswalk(LocalDate from, LocalDate to, Map<IstatCode, Entry> entries,
      Map<IstatCode, List<IstatCode>> sourcesOf, Map<IstatCode, ComunePeriod> targets,
      Map<IstatCode, String> blocked, Map<IstatCode, Set<IstatCode>> mayHaveTaken) {
    this.from = from;
    this.to = to;
    this.entries = Collections.unmodifiableMap(entries);
    this.sourcesOf = Collections.unmodifiableMap(sourcesOf);
    this.targets = Collections.unmodifiableMap(targets);
    this.blocked = Collections.unmodifiableMap(blocked);
    this.mayHaveTaken = Collections.unmodifiableMap(mayHaveTaken);
  }

  /**
   * Builds the crosswalk from the comuni of one date to those of a later one.
   *
   * @param registry the comuni and their periods, not null
   * @param variations ISTAT's changes since 1991, for mergers and splits; {@link Variations#none()} to follow
   *     renames and changes of code only; not null
   * @param from the date of the values' territory, not null, not before the registry's first date
   * @param to the date of the territory to map onto, not null, not before {@code from}
   * @return the crosswalk
   * @throws IllegalArgumentException if a date is before the registry's first date or {@code to} is before
   *     {@code from}
   */
  public static Crosswalk between(ItalyRegistry registry, Variations variations, LocalDate from, LocalDate to) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(variations, "variations");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a crosswalk goes forward in time: " + to + " is before " + from);
    }
    List<ComunePeriod> sources = registry.validOn(from);
    Map<IstatCode, ComunePeriod> targets = new LinkedHashMap<>();
    Map<IstatCode, List<IstatCode>> sourcesOf = new TreeMap<>();
    for (ComunePeriod t : registry.validOn(to)) {
      targets.put(t.code(), t);
      sourcesOf.put(t.code(), new ArrayList<>(1));
    }
    Map<IstatCode, Entry> entries = new LinkedHashMap<>(sources.size() * 2);
    Map<IstatCode, String> blocked = new HashMap<>();
    Map<IstatCode, ComunePeriod> lastOfUnmapped = new LinkedHashMap<>();
    for (ComunePeriod s : sources) {
      Resolved r = resolve(registry, variations, s, from, to);
      Entry e = r.entry();
      entries.put(s.code(), e);
      if (e.outcome() == Outcome.UNMAPPED) {
        lastOfUnmapped.put(s.code(), r.last());
      }
      e.target().ifPresent(t -> sourcesOf.get(t.code()).add(s.code()));
      if (e.outcome() == Outcome.SPLIT) {
        blockSplit(registry, variations, s, r.last(), from, to, blocked);
      }
    }
    blockUnknownDonors(registry, from, entries, sourcesOf, targets, lastOfUnmapped, blocked);
    for (Map.Entry<IstatCode, List<IstatCode>> t : sourcesOf.entrySet()) {
      if (t.getValue().isEmpty()) {
        blocked.merge(t.getKey(), "no comune of " + from + " maps to it", (a, b) -> a + "; " + b);
      }
      t.setValue(List.copyOf(t.getValue()));
    }
    // A comune that ended with no variation saying where its territory went (with Variations.none(), every
    // merger) went into some comune of its province: any of them may lack it.
    Map<IstatCode, Set<IstatCode>> mayHaveTaken = new LinkedHashMap<>();
    for (Map.Entry<IstatCode, ComunePeriod> u : lastOfUnmapped.entrySet()) {
      String endProvince = u.getValue().provinceCode();
      String startProvince = entries.get(u.getKey()).source().provinceCode();
      Set<IstatCode> candidates = new LinkedHashSet<>();
      for (Map.Entry<IstatCode, List<IstatCode>> t : sourcesOf.entrySet()) {
        boolean near = targets.get(t.getKey()).provinceCode().equals(endProvince);
        for (int i = 0; !near && i < t.getValue().size(); i++) {
          near = entries.get(t.getValue().get(i)).source().provinceCode().equals(startProvince);
        }
        if (near) {
          candidates.add(t.getKey());
        }
      }
      mayHaveTaken.put(u.getKey(), Collections.unmodifiableSet(candidates));
    }
    return new Crosswalk(from, to, entries, sourcesOf, targets, blocked, mayHaveTaken);
  }

  /**
   * A comune of the second date established after the first, that no source maps to, no split accounts for
   * and no comune of its province ended the day before to make (with {@link Variations#none()}, or before
   * the variations begin in 1991, a split is not known): some comuni gave it territory, and any comune of its
   * province may be one, so none gets a value as if its territory were unchanged. The comuni of its province
   * that ended the day before, with no variation saying where they went, are taken to have made the comuni
   * established there that day only when they are at least two for each, as a merger takes two or more:
   * with fewer, a comune carved out of one that goes on cannot be told from one they made.
   */
  private static void blockUnknownDonors(ItalyRegistry registry, LocalDate from, Map<IstatCode, Entry> entries,
      Map<IstatCode, List<IstatCode>> sourcesOf, Map<IstatCode, ComunePeriod> targets,
      Map<IstatCode, ComunePeriod> lastOfUnmapped, Map<IstatCode, String> blocked) {
    Map<IstatCode, ComunePeriod> unexplained = new LinkedHashMap<>();
    // per province and day: the comuni established that day, and those that ended the day before
    Map<String, Integer> established = new HashMap<>();
    for (Map.Entry<IstatCode, List<IstatCode>> t : sourcesOf.entrySet()) {
      if (!t.getValue().isEmpty() || blocked.containsKey(t.getKey())) {
        continue;
      }
      ComunePeriod founding = founding(registry, targets.get(t.getKey()));
      if (founding.validFrom().isAfter(from)) {
        unexplained.put(t.getKey(), founding);
        established.merge(founding.provinceCode() + " " + founding.validFrom(), 1, Integer::sum);
      }
    }
    Map<String, Integer> ended = new HashMap<>();
    for (ComunePeriod u : lastOfUnmapped.values()) {
      ended.merge(u.provinceCode() + " " + u.validTo().plusDays(1), 1, Integer::sum);
    }
    Map<IstatCode, String> found = new LinkedHashMap<>();
    for (Map.Entry<IstatCode, ComunePeriod> t : unexplained.entrySet()) {
      ComunePeriod founding = t.getValue();
      String day = founding.provinceCode() + " " + founding.validFrom();
      // A merger makes one new comune of two or more: with fewer ended comuni than that for each comune
      // established, one of them may have been carved out of a comune that goes on, and nothing says which.
      if (ended.getOrDefault(day, 0) >= 2 * established.get(day)) {
        continue;
      }
      String why = "may have given territory to " + founding.code() + " " + founding.name()
          + ", established on " + founding.validFrom() + " in its province, which no variation accounts for";
      for (Map.Entry<IstatCode, List<IstatCode>> c : sourcesOf.entrySet()) {
        boolean near = targets.get(c.getKey()).provinceCode().equals(founding.provinceCode());
        for (int i = 0; !near && i < c.getValue().size(); i++) {
          near = entries.get(c.getValue().get(i)).source().provinceCode().equals(founding.provinceCode());
        }
        if (near && !c.getKey().equals(t.getKey())) {
          found.merge(c.getKey(), why, (a, b) -> a + "; " + b);
        }
      }
    }
    found.forEach((k, why) -> blocked.merge(k, why, (a, b) -> a + "; " + b));
  }

  /** The first period of the unbroken run of periods of a comune's cadastral code that ends with this one. */
  private static ComunePeriod founding(ItalyRegistry registry, ComunePeriod period) {
    ComunePeriod cur = period;
    for (int step = 0; step < 256; step++) {
      LocalDate dayBefore = cur.validFrom().minusDays(1);
      if (dayBefore.isBefore(registry.firstDate())) {
        return cur;
      }
      Optional<ComunePeriod> before = registry.byCadastralCode(cur.cadastralCode(), dayBefore);
      if (before.isEmpty()) {
        return cur;
      }
      cur = before.get();
    }
    return cur;
  }

  /**
   * Gives no value to the comuni of the second date that hold part of a split comune's territory: those that
   * took part of it, and the one that holds the rest. The variations name the code the comune had when it
   * was divided, which a change of code or a merger on the way may have made another; the rest of its
   * territory, and each part that went to another comune, is followed on to the second date through
   * renames, changes of code and mergers, whose comuni lack it too.
   *
   * @param source the split comune on the first date
   * @param divided its period when it was divided
   */
  private static void blockSplit(ItalyRegistry registry, Variations variations, ComunePeriod source,
      ComunePeriod divided, LocalDate from, LocalDate to, Map<IstatCode, String> blocked) {
    String of = "split comune " + source.code() + " " + source.name();
    ComunePeriod cur = divided;
    for (int step = 0; cur != null && step < 256; step++) {
      for (VariationType type : new VariationType[] {VariationType.CECS, VariationType.CE, VariationType.ES}) {
        for (Variation v : rows(registry, variations, cur.code(), type, from, to)) {
          registry.find(v.associatedCode(), v.effective())
              .or(() -> registry.find(v.associatedCode(), to))
              .flatMap(p -> holderOn(registry, variations, p, to))
              .ifPresent(t -> blocked.merge(t.code(),
                  "took part of the territory of " + of + " (line " + v.line() + ")", (a, b) -> a + "; " + b));
        }
      }
      if (!cur.validTo().isBefore(to)) {
        blocked.merge(cur.code(), "holds the rest of the territory of " + of, (a, b) -> a + "; " + b);
        return;
      }
      cur = successor(registry, variations, cur).orElse(null);
    }
  }

  /**
   * The rows of a comune and type that took effect in {@code (after, upTo]}. A row without its date is placed
   * by the registry where it can be: a {@code CECS} on the day the registry starts the new comune in the
   * row's year (Mappano, 18 April 2017); otherwise it may be any day of its year, and is taken if one of them
   * lies in the interval, so that a change is not missed for a date the row does not give.
   */
  private static List<Variation> rows(ItalyRegistry registry, Variations variations, IstatCode code,
      VariationType type, LocalDate after, LocalDate upTo) {
    List<Variation> out = new ArrayList<>(1);
    for (Variation v : variations.of(code, type, LocalDate.MIN, LocalDate.MAX)) {
      LocalDate first = v.effective();
      LocalDate last = v.effective();
      if (!v.dated()) {
        Optional<LocalDate> start = Optional.empty();
        if (type == VariationType.CECS) {
          start = registry.periodsOf(v.associatedCode()).stream().map(ComunePeriod::validFrom)
              .filter(d -> d.getYear() == v.year()).findFirst();
        }
        first = start.orElse(LocalDate.of(v.year(), 1, 1));
        last = start.orElse(LocalDate.of(v.year(), 12, 31));
      }
      if (last.isAfter(after) && !first.isAfter(upTo)) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * The comune that holds a period's territory on a later date, through renames, changes of code and
   * mergers into one comune.
   *
   * @return empty if its territory was divided or no variation says where it went
   */
  private static Optional<ComunePeriod> holderOn(ItalyRegistry registry, Variations variations,
      ComunePeriod period, LocalDate date) {
    Optional<ComunePeriod> cur = Optional.of(period);
    for (int step = 0; cur.isPresent() && step < 256; step++) {
      if (!cur.get().validTo().isBefore(date)) {
        return cur;
      }
      cur = successor(registry, variations, cur.get());
    }
    return Optional.empty();
  }

  /**
   * The period a comune goes on in after a rename ({@code CD}) or a change of province ({@code AP}) whose
   * row names it, where ANPR gave it another cadastral code too (LONATO, {@code E667}, is LONATO DEL GARDA,
   * {@code M312}, from 2 November 2007): the period of the row's code that starts the day after.
   */
  private static Optional<ComunePeriod> renamedOrRecoded(ItalyRegistry registry, Variations variations,
      ComunePeriod period, LocalDate next) {
    for (VariationType type : new VariationType[] {VariationType.CD, VariationType.AP}) {
      for (Variation v : variations.of(period.code(), type, period.validFrom(), next)) {
        Optional<ComunePeriod> n = registry.find(v.associatedCode(), next);
        if (n.isPresent() && n.get().validFrom().equals(next)) {
          return n;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The period that takes over a period's territory the day after it ends: the same comune under its
   * cadastral code, or the one comune it merged into.
   *
   * @return empty if its territory was divided or no variation says where it went
   */
  private static Optional<ComunePeriod> successor(ItalyRegistry registry, Variations variations,
      ComunePeriod period) {
    LocalDate next = period.validTo().plusDays(1);
    Optional<ComunePeriod> same = registry.byCadastralCode(period.cadastralCode(), next)
        .or(() -> renamedOrRecoded(registry, variations, period, next));
    if (same.isEmpty()) {
      List<Variation> es = variations.of(period.code(), VariationType.ES, period.validFrom(), next);
      if (es.size() != 1) {
        return Optional.empty();
      }
      same = registry.find(es.get(0).associatedCode(), next);
    }
    // a later period each time: the walk ends
    return same.filter(p -> !p.validTo().isBefore(next));
  }

  /**
   * A source's entry and the period it was followed to: where it ended if unmapped, the period that was
   * divided if split.
   */
  private record Resolved(Entry entry, ComunePeriod last) {}

  private static Resolved resolve(ItalyRegistry registry, Variations variations, ComunePeriod source,
      LocalDate from, LocalDate to) {
    ComunePeriod cur = source;
    boolean merged = false;
    List<String> steps = new ArrayList<>();
    for (int step = 0; step < 256; step++) {
      LocalDate upTo = cur.validTo().isBefore(to) ? cur.validTo().plusDays(1) : to;
      List<Variation> cecs = rows(registry, variations, cur.code(), VariationType.CECS, from, upTo);
      if (!cecs.isEmpty()) {
        return new Resolved(new Entry(source, Outcome.SPLIT, Optional.empty(),
            "ceded territory to establish " + cecs.stream()
                .map(v -> v.associatedCode() + " " + v.associatedName()
                    + (v.dated() ? " on " + v.effective() : " in " + v.year() + ", the row giving no date")
                    + " (" + variations.source() + ", line " + v.line() + ")")
                .collect(Collectors.joining(", "))
            + ": its value cannot be divided without more data"), cur);
      }
      if (!cur.validTo().isBefore(to)) {
        Outcome o = merged ? Outcome.MERGED : !cur.code().equals(source.code()) ? Outcome.RECODED
            : !cur.name().equals(source.name()) ? Outcome.RENAMED : Outcome.UNCHANGED;
        return new Resolved(new Entry(source, o, Optional.of(cur), String.join("; ", steps)), cur);
      }
      LocalDate next = cur.validTo().plusDays(1);
      ComunePeriod ended = cur;
      Optional<ComunePeriod> same = registry.byCadastralCode(cur.cadastralCode(), next)
          .or(() -> renamedOrRecoded(registry, variations, ended, next));
      if (same.isPresent()) {
        ComunePeriod n = same.get();
        List<ComunePeriod> sharing = sharingCadastralCode(registry, cur, n);
        if (!sharing.isEmpty() && !n.code().equals(cur.code())) {
          // another comune of the day before carries into n under the same cadastral code, and n goes on
          // with the other's code or a new one: cur was merged into it, not renamed or recoded one to one
          steps.add(cur.code() + " " + cur.name() + " merged into " + n.code() + " " + n.name() + " on " + next
              + ", the comune of cadastral code " + cur.cadastralCode() + ", which "
              + sharing.stream().map(p -> p.code() + " " + p.name()).collect(Collectors.joining(", "))
              + " also had until " + cur.validTo());
          merged = true;
          cur = n;
          continue;
        }
        if (!n.code().equals(cur.code()) || !n.name().equals(cur.name())) {
          steps.add(cur.code() + " " + cur.name() + " is " + n.code() + " " + n.name() + " from " + next);
        }
        cur = n;
        continue;
      }
      List<Variation> es = variations.of(cur.code(), VariationType.ES, cur.validFrom(), next);
      Set<IstatCode> into = es.stream().map(Variation::associatedCode).collect(Collectors.toCollection(
          LinkedHashSet::new));
      if (into.size() > 1) {
        return new Resolved(new Entry(source, Outcome.SPLIT, Optional.empty(),
            cur.code() + " ended on " + cur.validTo() + " divided among " + into + " (" + variations.source()
            + ", lines " + es.stream().map(v -> String.valueOf(v.line())).collect(Collectors.joining(", "))
            + "): its value cannot be divided without more data"), cur);
      }
      if (into.isEmpty()) {
        return new Resolved(new Entry(source, Outcome.UNMAPPED, Optional.empty(),
            cur.code() + " " + cur.name() + " ended on " + cur.validTo() + " and no ES row of "
            + variations.source() + " says which comune took its territory"), cur);
      }
      Variation v = es.get(es.size() - 1);
      Optional<ComunePeriod> into1 = registry.find(v.associatedCode(), v.effective())
          .or(() -> registry.find(v.associatedCode(), next));
      if (into1.isEmpty()) {
        return new Resolved(new Entry(source, Outcome.UNMAPPED, Optional.empty(),
            cur.code() + " " + cur.name() + " merged into " + v.associatedCode() + " on " + v.effective()
            + " (line " + v.line() + "), which the registry does not have on that date"), cur);
      }
      steps.add(cur.code() + " " + cur.name() + " merged into " + into1.get().code() + " " + into1.get().name()
          + " on " + v.effective() + " (line " + v.line() + ")");
      merged = true;
      cur = into1.get();
    }
    throw new IllegalStateException("crosswalk of " + source.code() + " does not end: " + steps);
  }

  /**
   * The other comuni that ANPR gives a period's cadastral code on its last day and that carry into the same
   * period the day after (FILAGO and MARNE, {@code D588}, until 25 January 1928; MARNE alone from the next
   * day): those that end that day, and the period reached if it was valid already.
   *
   * @param ended a period that ends before the second date
   * @param next the period its cadastral code or its variation leads to the day after
   * @return the others, empty if none or if {@code next} was not reached through the cadastral code
   */
  private static List<ComunePeriod> sharingCadastralCode(ItalyRegistry registry, ComunePeriod ended,
      ComunePeriod next) {
    if (!next.cadastralCode().equals(ended.cadastralCode())
        || ended.cadastralCode().equals(ItalyRegistry.NO_CADASTRAL_CODE)) {
      return List.of();
    }
    LocalDate day = ended.validTo().plusDays(1);
    List<ComunePeriod> out = new ArrayList<>(1);
    for (ComunePeriod p : registry.history(ended.cadastralCode())) {
      if (!p.equals(ended) && p.isValidOn(ended.validTo()) && (!p.isValidOn(day) || p.equals(next))) {
        out.add(p);
      }
    }
    return out;
  }

  /** {@return the date of the source territory} */
  public LocalDate from() {
    return from;
  }

  /** {@return the date of the target territory} */
  public LocalDate to() {
    return to;
  }

  /** {@return one entry per comune of the first date, in code order} */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * The entry of a comune of the first date.
   *
   * @param source not null
   * @return its entry
   * @throws IllegalArgumentException if the code was not a comune on the first date
   */
  public Entry entry(IstatCode source) {
    Entry e = entries.get(Objects.requireNonNull(source, "source"));
    if (e == null) {
      throw new IllegalArgumentException("comune " + source + " is not a comune of " + from
          + ", the source date of this crosswalk");
    }
    return e;
  }

  /**
   * The comuni of the first date that map onto a comune of the second.
   *
   * @param target not null
   * @return their codes in code order; empty if none maps there or the code is not a comune of the second date
   */
  public List<IstatCode> sourcesOf(IstatCode target) {
    return sourcesOf.getOrDefault(Objects.requireNonNull(target, "target"), List.of());
  }

  /**
   * Maps counts, summing merged comuni.
   *
   * @param values per comune of the first date, each {@code >= 0}; not null, no null value
   * @return the counts on the second date's territory and the report
   * @throws IllegalArgumentException if a code is not a comune of the first date or a value is negative
   */
  public Result<Long> mapCounts(Map<IstatCode, Long> values) {
    for (Map.Entry<IstatCode, Long> e : Objects.requireNonNull(values, "values").entrySet()) {
      if (Objects.requireNonNull(e.getValue(), () -> "value of comune " + e.getKey()) < 0) {
        throw new IllegalArgumentException("value of comune " + e.getKey() + " is negative: " + e.getValue());
      }
    }
    return map(values, (target, parts) -> {
      long sum = 0;
      for (Long p : parts) {
        sum = Math.addExact(sum, p);
      }
      return sum;
    });
  }

  /**
   * Maps populations by age and sex, summing merged comuni age by age.
   *
   * @param populations one per comune of the first date, territory = the ISTAT code, all of one year; not null
   * @return populations whose territory is the comune of the second date, and the report
   * @throws IllegalArgumentException if a territory is not a comune of the first date or appears twice, or
   *     the populations are not all of one year
   */
  public Result<Population> mapPopulations(Collection<Population> populations) {
    Map<IstatCode, Population> byCode = new HashMap<>(populations.size() * 2);
    Population first = null;
    for (Population p : Objects.requireNonNull(populations, "populations")) {
      Objects.requireNonNull(p, "populations element");
      if (first == null) {
        first = p;
      } else if (p.year() != first.year()) {
        // a merged comune's parts are summed age by age: they must count the same year
        throw new IllegalArgumentException("populations of one year are needed: " + first.territory() + " is of "
            + first.year() + ", " + p.territory() + " of " + p.year());
      }
      IstatCode code;
      try {
        code = IstatCode.parse(p.territory());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("population of '" + p.territory() + "' is not of a comune: " + e.getMessage());
      }
      if (byCode.put(code, p) != null) {
        throw new IllegalArgumentException("two populations of comune " + code);
      }
    }
    return map(byCode, (target, parts) -> parts.size() == 1
        ? parts.get(0).withTerritory(target.value())
        : Population.sum(target.value(), parts.get(0).year(), parts));
  }

  /** How the values of a target's sources combine into its value. */
  @FunctionalInterface
  private interface Combiner<T> {
    T combine(IstatCode target, List<T> parts);
  }

  private <T> Result<T> map(Map<IstatCode, T> values, Combiner<T> combiner) {
    Objects.requireNonNull(values, "values");
    for (IstatCode c : values.keySet()) {
      if (!entries.containsKey(c)) {
        throw new IllegalArgumentException("value given for " + c + ", which is not a comune of " + from
            + ", the source date of this crosswalk");
      }
    }
    Map<IstatCode, T> out = new LinkedHashMap<>(targets.size() * 2);
    Map<IstatCode, String> missing = new LinkedHashMap<>();
    Map<IstatCode, List<IstatCode>> uncertain = new HashMap<>();
    mayHaveTaken.forEach((source, candidates) -> {
      if (values.containsKey(source)) {
        candidates.forEach(t -> uncertain.computeIfAbsent(t, k -> new ArrayList<>()).add(source));
      }
    });
    for (Map.Entry<IstatCode, List<IstatCode>> t : sourcesOf.entrySet()) {
      IstatCode target = t.getKey();
      String why = blocked.get(target);
      if (why != null) {
        missing.put(target, why);
        continue;
      }
      List<IstatCode> unmapped = uncertain.get(target);
      if (unmapped != null) {
        missing.put(target, "may have taken the territory of unmapped comune"
            + (unmapped.size() == 1 ? " " + unmapped.get(0) : "i " + (unmapped.size() <= 3 ? unmapped
                : unmapped.subList(0, 3) + " and " + (unmapped.size() - 3) + " more"))
            + " of its province, which ended with no variation saying where its territory went");
        continue;
      }
      List<T> parts = new ArrayList<>(t.getValue().size());
      List<IstatCode> lacking = new ArrayList<>(0);
      for (IstatCode s : t.getValue()) {
        T v = values.get(s);
        if (v == null) {
          lacking.add(s);
        } else {
          parts.add(v);
        }
      }
      if (!lacking.isEmpty()) {
        missing.put(target, "no value for source comuni " + lacking);
      } else {
        out.put(target, combiner.combine(target, parts));
      }
    }
    List<Entry> notMapped = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.target().isEmpty() && values.containsKey(e.source().code())) {
        notMapped.add(e);
      }
    }
    return new Result<>(this, out, missing, notMapped);
  }

  /**
   * The values on the second date's territory and what was done, comune by comune.
   *
   * @param <T> the type of the values
   */
  public static final class Result<T> {
    private final Crosswalk crosswalk;
    private final Map<IstatCode, T> values;
    private final Map<IstatCode, String> missing;
    private final List<Entry> notMapped;

    private Result(Crosswalk crosswalk, Map<IstatCode, T> values, Map<IstatCode, String> missing,
        List<Entry> notMapped) {
      this.crosswalk = crosswalk;
      this.values = Collections.unmodifiableMap(values);
      this.missing = Collections.unmodifiableMap(missing);
      this.notMapped = List.copyOf(notMapped);
    }

    /** {@return the value of each comune of the second date that has all its sources, in code order} */
    public Map<IstatCode, T> values() {
      return values;
    }

    /** {@return the comuni of the second date without a value, each with the reason, in code order} */
    public Map<IstatCode, String> missing() {
      return missing;
    }

    /** {@return the source comuni with a value that could not be mapped (split or unmapped), with the reason} */
    public List<Entry> notMapped() {
      return notMapped;
    }

    /**
     * The report: one line per comune of the first date ({@link Entry#message()}), then one per comune of
     * the second date without a value.
     *
     * @return the lines, in that order
     */
    public List<String> report() {
      List<String> lines = new ArrayList<>(crosswalk.entries.size() + missing.size());
      for (Entry e : crosswalk.entries.values()) {
        lines.add(e.message());
      }
      missing.forEach((c, why) -> lines.add(c + " " + crosswalk.targets.get(c).name() + " on " + crosswalk.to
          + ": no value, " + why));
      return lines;
    }

    /**
     * The values with a function applied (e.g. to keep only totals).
     *
     * @param <R> the new type
     * @param f not null
     * @return a new map in code order
     */
    public <R> Map<IstatCode, R> mapValues(Function<? super T, ? extends R> f) {
      Map<IstatCode, R> out = new LinkedHashMap<>(values.size() * 2);
      values.forEach((k, v) -> out.put(k, f.apply(v)));
      return out;
    }
  }

  @Override
  public String toString() {
    return "Crosswalk[" + from + " -> " + to + ": " + entries.size() + " comuni -> " + targets.size() + "]";
  }
}
