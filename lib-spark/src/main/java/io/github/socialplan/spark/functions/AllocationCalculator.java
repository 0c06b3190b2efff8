package io.github.socialplan.spark.functions;

import io.github.socialplan.budget.allocation.Allocation;
import io.github.socialplan.budget.allocation.Bounds;
import io.github.socialplan.budget.allocation.LargestRemainder;
import io.github.socialplan.budget.allocation.Weights;
import io.github.socialplan.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One group's allocation, by the library's {@link LargestRemainder}, from the group's collected arrays. */
final class AllocationCalculator {

  private AllocationCalculator() {}

  static Outcome<List<Row>> allocate(Object group, Object total, Object ids, Object weights, Object floors,
      Object ceilings) {
    // A numeric group is named as Spark writes it cast to STRING, as GroupAllocation's own messages do.
    String name = "group " + (group == null ? "NULL" : "\"" + Values.text(group) + "\"");
    try {
      return Outcome.of(allocateOrThrow(total, ids, weights, floors, ceilings));
    } catch (IllegalArgumentException e) {
      return Outcome.failed(name + ": " + e.getMessage());
    }
  }

  private static List<Row> allocateOrThrow(Object total, Object ids, Object weights, Object floors,
      Object ceilings) {
    if (total == null) {
      throw new IllegalArgumentException("total is NULL");
    }
    Money amount = Values.money(total, "total");
    int n = Values.length(ids);
    if (n < 0) {
      throw new IllegalArgumentException("ids must be an array of texts");
    }
    String[] id = new String[n];
    for (int i = 0; i < n; i++) {
      Object v = Values.element(ids, i);
      if (v == null) {
        throw new IllegalArgumentException("id of row " + (i + 1) + " is NULL");
      }
      id[i] = Values.text(v);
    }
    checkLength(weights, n, "weights");
    Weights.Builder w = Weights.builder();
    for (int i = 0; i < n; i++) {
      Object v = Values.element(weights, i);
      if (v == null) {
        throw new IllegalArgumentException("weight of \"" + id[i] + "\" is NULL");
      }
      if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
        w.add(id[i], ((Number) v).longValue());
      } else {
        w.add(id[i], Values.decimal(v, "weight of \"" + id[i] + "\""));
      }
    }
    Weights built = w.build();
    Bounds.Builder b = Bounds.builder();
    boolean bounded = false;
    if (floors != null) {
      checkLength(floors, n, "floors");
      for (int i = 0; i < n; i++) {
        Money f = bound(Values.element(floors, i), "floor of \"" + id[i] + "\"");
        if (f != null) {
          b.floor(id[i], f);
          bounded = true;
        }
      }
    }
    if (ceilings != null) {
      checkLength(ceilings, n, "ceilings");
      for (int i = 0; i < n; i++) {
        Money c = bound(Values.element(ceilings, i), "ceiling of \"" + id[i] + "\"");
        if (c != null) {
          b.ceiling(id[i], c);
          bounded = true;
        }
      }
    }
    Allocation a = bounded ? LargestRemainder.allocate(amount, built, b.build())
        : LargestRemainder.allocate(amount, built);
    List<Row> parts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      BigDecimal part = a.amount(id[i]).amount();
      if (part.compareTo(Values.MAX_MONEY) > 0) {
        // Spark would fail the job (or, without ANSI mode, give NULL with no reason).
        throw new IllegalArgumentException("the amount of \"" + id[i] + "\", " + part.toPlainString()
            + ", does not fit DECIMAL(18,2), the type of the amounts");
      }
      parts.add(RowFactory.create(id[i], part));
    }
    return parts;
  }

  private static void checkLength(Object array, int n, String what) {
    int length = Values.length(array);
    if (length != n) {
      throw new IllegalArgumentException(what + " must be an array as long as the ids (" + n + "), not "
          + (length < 0 ? "a " + array.getClass().getSimpleName() : "of " + length));
    }
  }

  private static Money bound(Object v, String what) {
    if (v == null) {
      return null;
    }
    return Values.money(v, what);
  }
}
