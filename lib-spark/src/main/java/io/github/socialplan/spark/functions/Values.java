package io.github.socialplan.spark.functions;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.number.PlainNumbers;
import io.github.socialplan.core.population.Population;
import java.math.BigDecimal;
import java.util.Locale;

/** Conversions of the values Spark hands a Java function to the library's types, with messages. */
final class Values {

  /** The largest amount the SQL type of money, {@code DECIMAL(18,2)}, holds. */
  static final BigDecimal MAX_MONEY = new BigDecimal("9999999999999999.99");

  private Values() {}

  /**
   * An exact decimal from a SQL number: DECIMAL and the integer types exactly, DOUBLE and FLOAT by their
   * shortest decimal text (a FLOAT 12000.3 is 12000.3, not the 12000.2998046875 that it holds, which its
   * widening to a double would show), STRING as a plain decimal ({@link PlainNumbers#parseDecimal}: no
   * exponent, plus sign, grouping or digits other than ASCII, which {@code new BigDecimal} would take).
   *
   * @throws IllegalArgumentException naming {@code what} if it is not a finite number
   */
  static BigDecimal decimal(Object v, String what) {
    if (v instanceof BigDecimal) {
      return (BigDecimal) v;
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException(what + " must be a finite number: " + d);
      }
      return v instanceof Float ? new BigDecimal(Float.toString((Float) v)) : BigDecimal.valueOf(d);
    }
    if (v instanceof String) {
      try {
        return PlainNumbers.parseDecimal(((String) v).trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
      }
    }
    throw new IllegalArgumentException(what + " must be a number, not a " + v.getClass().getSimpleName());
  }

  /**
   * An amount in euro (a total, a bound, an ISEE) as {@link #decimal} reads it, but STRING as the library
   * reads an amount written as text ({@link Money#parse}): at most two decimals written, so that
   * {@code "250.000"}, 250 thousand in Italian writing, is refused rather than read as 250 euro.
   *
   * @throws IllegalArgumentException naming {@code what} if it is not such an amount
   */
  static BigDecimal amount(Object v, String what) {
    if (v instanceof String) {
      try {
        return Money.parse(((String) v).trim()).amount();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
      }
    }
    return decimal(v, what);
  }

  /**
   * An amount of money, {@link #amount} with at most two decimals.
   *
   * @throws IllegalArgumentException naming {@code what} if it is not an amount of money
   */
  static Money money(Object v, String what) {
    BigDecimal d = amount(v, what);
    try {
      return Money.of(d);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }

  /**
   * A group or an id as text: a STRING as it is, a DECIMAL in plain digits with its scale ({@code 1.50}), any
   * other value (an INT group id, a DOUBLE) as Java writes it; so Spark casts them to STRING.
   */
  static String text(Object v) {
    return v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : String.valueOf(v);
  }

  /**
   * A value of the wrong type for a message: its SQL type and its text, shortened ({@code the INT 5}).
   */
  static String describeValue(Object v) {
    String text = text(v);
    return "the " + sqlType(v) + " " + (text.length() > 60 ? text.substring(0, 60) + "..." : text);
  }

  /** The SQL type of a value Spark hands a Java function, by its Java class. */
  private static String sqlType(Object v) {
    if (v instanceof Integer) {
      return "INT";
    } else if (v instanceof Long) {
      return "BIGINT";
    } else if (v instanceof Short) {
      return "SMALLINT";
    } else if (v instanceof Byte) {
      return "TINYINT";
    } else if (v instanceof Double) {
      return "DOUBLE";
    } else if (v instanceof Float) {
      return "FLOAT";
    } else if (v instanceof BigDecimal) {
      return "DECIMAL";
    } else if (v instanceof Boolean) {
      return "BOOLEAN";
    } else if (v instanceof byte[]) {
      return "BINARY";
    } else if (v instanceof scala.collection.Seq || v instanceof java.util.List) {
      return "ARRAY";
    } else if (v instanceof scala.collection.Map || v instanceof java.util.Map) {
      return "MAP";
    } else if (v instanceof org.apache.spark.sql.Row) {
      return "STRUCT";
    } else if (v instanceof java.util.Date || v instanceof java.time.temporal.Temporal) {
      return "date or time";
    }
    return v.getClass().getSimpleName();
  }

  /** The length of a SQL array (a Scala sequence), or -1 if the value is no array. */
  static int length(Object array) {
    if (array instanceof scala.collection.Seq) {
      return ((scala.collection.Seq<?>) array).length();
    }
    return array instanceof java.util.List ? ((java.util.List<?>) array).size() : -1;
  }

  /** Element {@code i} of a SQL array (a Scala sequence, or a Java list from a {@code Row}). */
  static Object element(Object array, int i) {
    if (array instanceof java.util.List) {
      return ((java.util.List<?>) array).get(i);
    }
    return ((scala.collection.Seq<?>) array).apply(i);
  }

  /**
   * 101 counts by age 0..100 (100 = 100 and over) from a SQL array of numbers: integers, or DOUBLE, FLOAT
   * and DECIMAL values that are whole ({@code 12.0} is the count 12).
   *
   * @throws IllegalArgumentException naming {@code what}, the age and the value as given if the array is
   *     NULL, not of 101 elements, or holds a NULL, a value that is not a number, a fractional value
   *     ({@code 12.7}), a negative count or one beyond the int range ({@code 5e9})
   */
  static int[] ageCounts(Object array, String what) {
    if (array == null) {
      throw new IllegalArgumentException(what + " is NULL");
    }
    int n = length(array);
    if (n < 0) {
      throw new IllegalArgumentException(what + " must be an array of counts, not a "
          + array.getClass().getSimpleName());
    }
    if (n != Population.AGE_CLASSES) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must have %d counts (ages 0..100, 100 = 100 and over), not %d", what, Population.AGE_CLASSES, n));
    }
    int[] counts = new int[n];
    for (int age = 0; age < n; age++) {
      counts[age] = count(element(array, age), what, age);
    }
    return counts;
  }

  /** One count: an integer, or a whole DOUBLE, FLOAT or DECIMAL, in 0..Integer.MAX_VALUE. */
  private static int count(Object c, String what, int age) {
    if (c instanceof Double) {
      double d = (Double) c; // the usual input: a whole count in range needs no decimal
      if (d >= 0 && d <= Integer.MAX_VALUE && d == Math.rint(d)) {
        return (int) d;
      }
    }
    String where = what + " at age " + age;
    if (!(c instanceof Number) || (c instanceof Double || c instanceof Float)
        && !Double.isFinite(((Number) c).doubleValue())) {
      throw new IllegalArgumentException(where + " must be a whole count, not " + (c == null ? "NULL" : c));
    }
    BigDecimal d = decimal(c, where); // a DOUBLE or FLOAT as the decimal it shows, so 12.7 is named 12.7
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(where + " must be a whole count, not " + describe(d));
    }
    if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException(where + " must be in 0.." + Integer.MAX_VALUE + ": " + describe(d));
    }
    return d.intValueExact();
  }

  /** A bad count in plain digits ({@code 5000000000}, {@code 12.7}), or in scientific form if it is huge or tiny. */
  private static String describe(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return Math.abs(s.scale()) <= 40 && s.precision() <= 40 ? s.toPlainString() : s.toString();
  }
}
