package io.github.socialplan.cli;

import io.github.socialplan.core.io.PartitionReader;
import io.github.socialplan.core.io.PosasData;
import io.github.socialplan.core.territory.Partition;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code socialplan indicators POSAS --level ... --format ...}: the demographic cruscotto. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
    description = {"Computes the demographic indicators (vecchiaia, dipendenza, ricambio, struttura, ...) of "
        + "every comune of an ISTAT POSAS file (population by age and sex per comune), and of its "
        + "provinces, regions or the groupings of a partition file, each compared with its parent."})
final class IndicatorsCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "POSAS",
      description = "the POSAS file as ISTAT publishes it; - or nothing for standard input")
  private String posas;

  @Option(names = "--level", defaultValue = "comune", paramLabel = "LEVEL",
      description = "comune, province, region or partition (default: ${DEFAULT-VALUE}); provinces and "
          + "regions as the registry of Italy has them on 1 January of the file's year",
      converter = LevelConverter.class)
  private Calculations.Level level;

  @Option(names = "--partition", paramLabel = "FILE",
      description = "for --level partition: a CSV with one row per comune, its ISTAT code in column "
          + "'comune' and its grouping's id in column 'grouping'")
  private Path partition;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
      description = "csv or json (default: ${DEFAULT-VALUE})", converter = FormatConverter.class)
  private Calculations.Format format;

  @Option(names = "--skip-incomplete",
      description = "leave out comuni that are incomplete or do not add up (listed on standard error) "
          + "instead of failing")
  private boolean skipIncomplete;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (level == Calculations.Level.PARTITION && partition == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--level partition needs --partition FILE");
    }
    PosasData data = Calculations.posasFile(posas, skipIncomplete, spec.commandLine().getErr());
    Partition groups = partition == null ? null
        : PartitionReader.columns("comune", "grouping").read(partition, "partition").partition();
    Inputs.print(Calculations.indicators(data, level, groups, format));
    return SocialPlanCli.OK;
  }

  /** Reads {@code comune}, {@code province}, {@code partition}. */
  static final class LevelConverter implements CommandLine.ITypeConverter<Calculations.Level> {
    @Override
    public Calculations.Level convert(String value) {
      for (Calculations.Level l : Calculations.Level.values()) {
        if (l.name().equalsIgnoreCase(value)) {
          return l;
        }
      }
      throw new CommandLine.TypeConversionException("expected comune, province, region or partition: " + value);
    }
  }

  /** Reads {@code csv}, {@code json}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Calculations.Format> {
    @Override
    public Calculations.Format convert(String value) {
      for (Calculations.Format f : Calculations.Format.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("expected csv or json: " + value);
    }
  }
}
