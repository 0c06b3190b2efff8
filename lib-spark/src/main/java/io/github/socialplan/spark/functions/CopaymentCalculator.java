package io.github.socialplan.spark.functions;

import io.github.socialplan.budget.copayment.CopaymentSchedule;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.spark.ScheduleJson;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The co-payment of one row: the schedule read from its JSON (each distinct text once per JVM, a few hundred
 * at most kept), then the library's {@link CopaymentSchedule#copayment}.
 */
final class CopaymentCalculator {

  /** The most distinct schedule texts kept read; past it the cache starts again. */
  private static final int CACHED_SCHEDULES = 256;

  private static final ConcurrentHashMap<String, Outcome<CopaymentSchedule>> SCHEDULES =
      new ConcurrentHashMap<>();

  private CopaymentCalculator() {}

  static Outcome<BigDecimal> copayment(Object scheduleJson, Object isee) {
    if (scheduleJson == null) {
      return Outcome.failed("schedule is NULL");
    }
    if (!(scheduleJson instanceof String)) {
      return Outcome.failed("schedule must be a JSON text (STRING), not " + Values.describeValue(scheduleJson));
    }
    Outcome<CopaymentSchedule> schedule = schedule((String) scheduleJson);
    if (schedule.error() != null) {
      return Outcome.failed(schedule.error());
    }
    if (isee == null) {
      return Outcome.failed("ISEE is NULL");
    }
    try {
      Money fee = schedule.value().copayment(Values.amount(isee, "ISEE"));
      if (fee.amount().compareTo(Values.MAX_MONEY) > 0) {
        return Outcome.failed("fee " + fee + " does not fit DECIMAL(18,2)");
      }
      return Outcome.of(fee.amount());
    } catch (IllegalArgumentException e) {
      return Outcome.failed(e.getMessage());
    }
  }

  private static Outcome<CopaymentSchedule> schedule(String json) {
    Outcome<CopaymentSchedule> known = SCHEDULES.get(json);
    if (known != null) {
      return known;
    }
    Outcome<CopaymentSchedule> read;
    try {
      read = Outcome.of(ScheduleJson.read(json));
    } catch (IllegalArgumentException e) {
      read = Outcome.failed(e.getMessage());
    }
    if (SCHEDULES.size() >= CACHED_SCHEDULES) {
      SCHEDULES.clear();
    }
    SCHEDULES.put(json, read);
    return read;
  }
}
