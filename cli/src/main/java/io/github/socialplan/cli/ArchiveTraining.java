package io.github.socialplan.cli;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The training run of the class-data archive that {@code cli/socialplan} makes on first use (AppCDS): one
 * JVM runs the short commands whose start-up matters, so that the archive holds the classes of both the
 * allocation and the plan reading, and their output is thrown away.
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=socialplan.jsa -cp socialplan.jar io.github.socialplan.cli.ArchiveTraining \
 *     docs/json/examples/allocation-request.json docs/json/examples/plan.json
 * }</pre>
 */
public final class ArchiveTraining {

  private ArchiveTraining() {}

  /**
   * Runs {@code allocate REQUEST}, {@code validate PLAN --type plan} and {@code balance PLAN}.
   *
   * @param args an allocation request file and a plan file, not null
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ArchiveTraining ALLOCATION-REQUEST.json PLAN.json");
      System.exit(SocialPlanCli.USAGE);
    }
    PrintStream out = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    int code = SocialPlanCli.execute("allocate", args[0]) | SocialPlanCli.execute("validate", args[1], "--type", "plan")
        | SocialPlanCli.execute("balance", args[1]);
    System.setOut(out);
    System.exit(code);
  }
}
