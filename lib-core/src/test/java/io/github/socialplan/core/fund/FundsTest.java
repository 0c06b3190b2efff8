package io.github.socialplan.core.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.testing.ReferenceTable;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FundsTest {

  @Test
  void seedFunds_haveLevelAndEarmarking() {
    Fund fnps = Funds.byId("FNPS");
    assertEquals("Fondo Nazionale Politiche Sociali", fnps.name());
    assertEquals(FundLevel.NATIONAL, fnps.level());
    assertFalse(fnps.earmarked());
    assertTrue(Funds.byId("FNA").earmarked());
    assertEquals(FundLevel.REGIONAL, Funds.byId("FSR").level());
    assertEquals(FundLevel.EUROPEAN, Funds.byId("FSE").level());
    assertTrue(Funds.find("IMU").isEmpty());
  }

  @Test
  void unknownFund_isRejectedNamingTheId() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Funds.byId("FNP")).getMessage()
        .startsWith("no known fund with id 'FNP'"));
  }

  @Test
  void fnpsTransfersToCremona_areReadAsMoney_andNegativeTransfersAreRejected() {
    Map<String, String> fnps = ReferenceTable.read("cremona-fund-transfers-2012-2014.csv")
        .rows(r -> r.get("fund").equals("Fondo Nazionale Politiche Sociali")).get(0);
    FundTransfer t2012 = FundTransfer.of("FNPS", "ambito-cremona", 2012, Money.parse(fnps.get("2012")));
    FundTransfer t2013 = FundTransfer.of("FNPS", "ambito-cremona", 2013, Money.parse(fnps.get("2013")));
    assertEquals(Money.parse("321633"), t2012.amount());
    assertTrue(t2013.amount().isZero());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FundTransfer.of("FNPS", "ambito-cremona", 2014, Money.ofEuros(-1)));
    assertEquals("transfer of FNPS to ambito-cremona in 2014 must not be negative: -1.00", e.getMessage());
  }
}
