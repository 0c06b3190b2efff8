package io.github.socialplan.examples;

import java.io.IOException;
import java.io.PrintStream;

/**
 * Runs every example in turn (<i>esempi</i>): {@link CremonaPlanExample} (the Piano di Zona 2015-2017 dell'Ambito di Cremona reproduced),
 * {@link CremonaMonitoringExample} (the same plan as a plan file, monitored), the other plan files of
 * {@code data/plans/} ({@link TorinoPlanExample}, {@link PiemonteStrategyExample}, {@link CissaProjectExample},
 * {@link BolognaPrioritiesExample}),
 * {@link CremonaProvinceExample} (the 113 comuni of the Provincia di Cremona), {@link QuotaCapitariaExample}
 * (a fund to the 47 comuni of the Zona Omogenea Cremonese, to the cent) and {@link PosasExample} (ISTAT's
 * POSAS sample). README's first Quick-start command runs this class from the project root:
 *
 * <pre>
 * mvn -B -ntp -q -DskipTests -pl examples -am package exec:java
 * </pre>
 *
 * The data folder is {@code data/} of the working directory or a parent, or the system property
 * {@value DataFolder#PROPERTY}.
 */
public final class AllExamples {

  private AllExamples() {}

  /**
   * Runs every example, printing to standard output.
   *
   * @param args ignored
   * @throws IOException if a reference file cannot be read
   */
  public static void main(String[] args) throws IOException {
    print(System.out, DataFolder.locate());
  }

  /**
   * Runs every example.
   *
   * @param out where to print, not null
   * @param data the data folder, not null
   * @throws IOException if a reference file cannot be read
   */
  public static void print(PrintStream out, DataFolder data) throws IOException {
    CremonaPlanExample.print(out, data);
    out.println();
    CremonaMonitoringExample.print(out, data);
    out.println();
    TorinoPlanExample.print(out, data);
    out.println();
    PiemonteStrategyExample.print(out, data);
    out.println();
    CissaProjectExample.print(out, data);
    out.println();
    BolognaPrioritiesExample.print(out, data);
    out.println();
    CremonaProvinceExample.print(out, data);
    out.println();
    QuotaCapitariaExample.print(out, data);
    out.println();
    PosasExample.print(out, data);
  }
}
