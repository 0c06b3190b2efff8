package io.github.socialplan.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code socialplan validate FILE --type TYPE}: reads an input strictly and says whether it is valid. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Reads an input strictly as the given type (a request is also computed, as its endpoint "
        + "would). Valid: writes {\"valid\":true,\"type\":...} "
        + "and exits 0; not valid: writes the error body on standard error and exits 1."})
final class ValidateCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE",
      description = "the file; - or nothing for standard input")
  private String file;

  @Option(names = "--type", required = true, paramLabel = "TYPE",
      description = "plan, plan-table, population, posas, allocation-request, allocation, weights, bounds, quota-request, transition-request, reallocation-request, copayment-request, quota, transition, reallocation, copayment, balance, indicators",
      converter = TypeConverter.class)
  private Calculations.InputType type;

  @Override
  public Integer call() throws Exception {
    String result;
    try (InputStream in = Inputs.open(file)) {
      result = Calculations.validate(type, in, Inputs.name(file));
    }
    Inputs.print(result);
    return SocialPlanCli.OK;
  }

  /** Reads {@code allocation-request} and the other names of {@link Calculations.InputType#cliName()}. */
  static final class TypeConverter implements picocli.CommandLine.ITypeConverter<Calculations.InputType> {
    @Override
    public Calculations.InputType convert(String value) {
      try {
        return Calculations.InputType.ofName(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
