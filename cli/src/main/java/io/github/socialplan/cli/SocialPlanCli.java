package io.github.socialplan.cli;

import io.github.socialplan.core.io.DataFileException;
import io.github.socialplan.core.json.ErrorBody;
import io.github.socialplan.core.json.JsonInputException;
import io.github.socialplan.core.json.SocialPlanJson;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.io.PrintWriter;
import java.util.List;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code socialplan} command (<i>riga di comando</i>): {@code java -jar socialplan.jar <command> ...}.
 *
 * <p>Exit codes: {@value #OK} when the command succeeded, {@value #INVALID_INPUT} when the input was not
 * valid (the error body, {@link ErrorBody}, is written as one JSON line on standard error), {@value #USAGE}
 * when the command line itself was wrong (an unknown option, a missing argument; picocli's usage message on
 * standard error). Every command takes {@code --help}.
 */
@Command(name = "socialplan", mixinStandardHelpOptions = true, versionProvider = SocialPlanCli.Version.class,
    description = "The arithmetic of Italian social planning (Legge 328/2000 Piani di Zona).",
    footer = {"", "Exit codes: 0 ok, 1 invalid input (error body as JSON on stderr), 2 usage."})
public final class SocialPlanCli implements Runnable {

  /** The commands, in the order the usage lists them. */
  private static final List<Class<?>> COMMANDS = List.of(IndicatorsCommand.class, AllocateCommand.class,
      QuotaCommand.class, TransitionCommand.class, ReallocateCommand.class, CopaymentCommand.class,
      BalanceCommand.class, ReportCommand.class, ValidateCommand.class, ServeCommand.class);

  /** Exit code of success. */
  public static final int OK = 0;
  /** Exit code of input that is not valid. */
  public static final int INVALID_INPUT = 1;
  /** Exit code of a wrong command line. */
  public static final int USAGE = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls it. */
  public SocialPlanCli() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments, not null
   */
  public static void main(String[] args) {
    startJsonMapper(args);
    int code = execute(args);
    if (code != OK || !ServeCommand.isServing()) {
      System.exit(code);
    }
  }

  /**
   * Makes the JSON mapper, and the reader of the JSON input the command line names, on another thread
   * while picocli reads the command line: in a short command these are most of the start-up. Class
   * initialisation and {@link SocialPlanJson#prepare} are thread-safe, so a command that reads before they
   * are done waits for them and does not do the work twice.
   */
  private static void startJsonMapper(String[] args) {
    Thread t = new Thread(new JsonStart(expectedInput(args)), "socialplan-json-start");
    t.setDaemon(true);
    t.start();
  }

  /** A class, not a lambda: the first lambda of a run costs its start-up some milliseconds. */
  private static final class JsonStart implements Runnable {

    private final Class<?> input;

    JsonStart(Class<?> input) {
      this.input = input;
    }

    @Override
    public void run() {
      try {
        MethodHandles.lookup().ensureInitialized(SocialPlanJson.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e); // a public class: cannot happen
      }
      if (input != null) {
        SocialPlanJson.prepare(input);
      }
    }
  }

  /**
   * The JSON type that a command line will read, as far as its words tell before picocli reads them, or
   * null: a guess that only saves time, since the command reads its input with its own type.
   */
  static Class<?> expectedInput(String... args) {
    if (args.length == 0) {
      return null;
    }
    switch (args[0]) {
      case "allocate": return Calculations.InputType.ALLOCATION_REQUEST.jsonType();
      case "quota": return Calculations.InputType.QUOTA_REQUEST.jsonType();
      case "transition": return Calculations.InputType.TRANSITION_REQUEST.jsonType();
      case "reallocate": return Calculations.InputType.REALLOCATION_REQUEST.jsonType();
      case "copayment": return Calculations.InputType.COPAYMENT_REQUEST.jsonType();
      case "balance": return Calculations.InputType.PLAN.jsonType();
      case "validate":
        for (int i = 1; i < args.length; i++) {
          String name = args[i].startsWith("--type=") ? args[i].substring("--type=".length())
              : args[i].equals("--type") && i + 1 < args.length ? args[i + 1] : null;
          if (name != null) {
            try {
              return Calculations.InputType.ofName(name).jsonType();
            } catch (IllegalArgumentException e) {
              return null; // picocli will say so
            }
          }
        }
        return null;
      default:
        return null;
    }
  }

  /**
   * Runs the command line without exiting, writing to {@code System.out} and {@code System.err}.
   *
   * @param args the arguments, not null
   * @return the exit code
   */
  public static int execute(String... args) {
    return commandLine(args).execute(args);
  }

  /**
   * The configured picocli command line: usage errors exit {@value #USAGE}, invalid input {@value
   * #INVALID_INPUT} with the error body on standard error.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line for these arguments: when the first names a command, only that command is built, since
   * building picocli's model of every command is a good part of a short run's start-up; otherwise all of
   * them, for the usage message and picocli's suggestions.
   */
  private static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(new SocialPlanCli());
    List<Class<?>> commands = COMMANDS;
    if (args.length > 0) {
      for (Class<?> c : COMMANDS) {
        if (c.getAnnotation(Command.class).name().equals(args[0])) {
          commands = List.of(c);
        }
      }
    }
    for (Class<?> c : commands) {
      cli.addSubcommand(c);
    }
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INVALID_INPUT);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      ErrorBody body = errorBody(e);
      if (body == null) {
        throw e;
      }
      PrintWriter err = commandLine.getErr();
      err.println(body.toJson());
      err.flush();
      return INVALID_INPUT;
    });
    return cli;
  }

  /**
   * The error body of an input error, or null if the exception is not one (a bug: let it surface).
   *
   * @param e not null
   * @return the body, or null
   */
  static ErrorBody errorBody(Exception e) {
    Throwable t = e instanceof UncheckedIOException ? e.getCause() : e;
    if (t instanceof JsonInputException) {
      return ((JsonInputException) t).toErrorBody();
    }
    if (t instanceof DataFileException) {
      DataFileException d = (DataFileException) t;
      return new ErrorBody(d.source(), d.getMessage(), d.line() > 0 ? (long) d.line() : null, null, null);
    }
    if (t instanceof NoSuchFileException) {
      return ErrorBody.of(((NoSuchFileException) t).getFile(), "no such file");
    }
    if (t instanceof IOException) {
      return ErrorBody.of("input", "cannot read the input: " + t.getMessage());
    }
    if (t instanceof IllegalArgumentException) {
      return ErrorBody.of("$", t.getMessage());
    }
    return null;
  }

  /** The version printed by {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = SocialPlanCli.class.getPackage().getImplementationVersion();
      return new String[] {"socialplan " + (v == null ? "(development build)" : v)};
    }
  }
}
