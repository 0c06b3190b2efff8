package io.github.socialplan.spark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Made-up co-payment rules of the five services of the synthetic users, as JSON, with the units a user pays
 * for in a year: the shape of an ambito's <i>regolamento</i> (linear bands for home care and day centres,
 * ISEE bands for meals, nursery and transport).
 */
final class ServiceSchedules {

  /** Service, then {schedule JSON, units a year}. */
  static final Map<String, String[]> BY_SERVICE = new LinkedHashMap<>();

  static {
    BY_SERVICE.put("asilo_nido", new String[] {"{\"type\":\"linear\",\"exemptionThreshold\":5000,"
        + "\"fullTariffThreshold\":40000,\"minimumFee\":50.00,\"fullTariff\":520.00}", "10"});
    BY_SERVICE.put("mensa_scolastica", new String[] {"{\"type\":\"steps\",\"fullTariff\":5.20,"
        + "\"rounding\":\"HALF_EVEN\",\"bands\":[{\"fromIsee\":0,\"fee\":0},"
        + "{\"fromIsee\":8000,\"percentOfTariff\":33.3},{\"fromIsee\":16000,\"percentOfTariff\":66.6},"
        + "{\"fromIsee\":24000,\"fee\":5.20}]}", "160"});
    BY_SERVICE.put("centro_diurno_disabili", new String[] {"{\"type\":\"linear\",\"exemptionThreshold\":8000,"
        + "\"fullTariffThreshold\":35000,\"fullTariff\":310.00,\"rounding\":\"DOWN\"}", "11"});
    BY_SERVICE.put("trasporto_sociale", new String[] {"{\"type\":\"steps\",\"bands\":[{\"fromIsee\":0,"
        + "\"fee\":0},{\"fromIsee\":10000,\"fee\":1.50},{\"fromIsee\":20000,\"fee\":3.00}]}", "40"});
    BY_SERVICE.put("sad", new String[] {"{\"type\":\"linear\",\"exemptionThreshold\":6000,"
        + "\"fullTariffThreshold\":30000,\"fullTariff\":400.00,\"rounding\":\"HALF_UP\"}", "12"});
  }

  private ServiceSchedules() {}
}
