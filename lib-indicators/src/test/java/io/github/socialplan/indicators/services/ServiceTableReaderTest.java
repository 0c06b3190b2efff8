package io.github.socialplan.indicators.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.money.Money;
import io.github.socialplan.core.service.Services;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service and spending table read from CSV: columns by name, separators, comments, bad rows. */
class ServiceTableReaderTest {

  @TempDir
  Path dir;

  private static final ServiceTableReader READER =
      ServiceTableReader.columns("territorio", "servizio", "utenti", "spesa", "compartecipazione");

  @Test
  void semicolonFile_withCommentsAndOtherColumns_readsItsFigures() throws IOException {
    Path csv = dir.resolve("servizi.csv");
    Files.writeString(csv, "# servizi 2012\nnote;territorio;servizio;utenti;spesa;compartecipazione\n"
        + "x;019036;SAD;120;150000.50;20000\n;019036;ADM;40;80000;0\n;Totale;;160;230000.50;20000\n");
    ServiceTable t = READER.withSeparator(';').withTotalRow("Totale").read(csv);
    assertEquals(new ServiceFigures(120, Money.parse("150000.50"), Money.ofEuros(20_000)),
        t.figures("019036", Services.byId("SAD")).orElseThrow());
    assertEquals(new ServiceFigures(40, Money.ofEuros(80_000), Money.ZERO),
        t.figures("019036", Services.byId("ADM")).orElseThrow());
  }

  @Test
  void usersPastTheLargestCount_areRefused_notWrapped() throws IOException {
    Path csv = dir.resolve("troppi.csv");
    Files.writeString(csv, "territorio,servizio,utenti,spesa,compartecipazione\n"
        + "A,SAD,999999999999999999,1,0\nA,ADM,999999999999999999,1,0\nA,RSA,999999999999999999,1,0\n"
        + "A,CDI,999999999999999999,1,0\nA,SADH,999999999999999999,1,0\nA,CDD,999999999999999999,1,0\n"
        + "A,CSE,999999999999999999,1,0\nA,RSD,999999999999999999,1,0\nA,NIDO,999999999999999999,1,0\n"
        + "A,ADI,999999999999999999,1,0\n");
    DataFileException e = assertThrows(DataFileException.class, () -> READER.read(csv));
    assertEquals(true, e.getMessage().contains("past " + Long.MAX_VALUE), e.getMessage());
  }

  @Test
  void aNegativeAmount_namesTheLine() throws IOException {
    Path csv = dir.resolve("negativo.csv");
    Files.writeString(csv, "territorio,servizio,utenti,spesa,compartecipazione\nA,SAD,1,-5.00,0\n");
    DataFileException e = assertThrows(DataFileException.class, () -> READER.read(csv));
    assertEquals(true, e.getMessage().contains("line 2") && e.getMessage().contains("'spesa' is negative: -5.00"),
        e.getMessage());
  }
}
