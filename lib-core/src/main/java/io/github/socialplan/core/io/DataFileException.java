package io.github.socialplan.core.io;

import java.util.Objects;

/**
 * A data file that cannot be read as the format it should have (<i>file di dati non valido</i>): a wrong
 * header, a count that is not a number, a comune whose ages do not add up to its total, and so on.
 *
 * <p>The message names the file (or the source name the caller gave), the line and the offending value,
 * e.g. {@code posas.csv, line 57: 'Totale maschi' is not a number: '5x'}. {@link #source()} and
 * {@link #line()} give the first two as data.
 *
 * <p>Instances are immutable once thrown.
 */
public class DataFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The file or source name, as given to the reader. */
  private final String source;
  /** The 1-based line of the problem, 0 if it is at no one line. */
  private final int line;

  /**
   * Creates an exception for a problem at one line.
   *
   * @param source the file or source name, not null
   * @param line the 1-based line number, or 0 if the problem is not at one line (an empty file)
   * @param problem what is wrong, naming the offending value, not null
   */
  public DataFileException(String source, int line, String problem) {
    this(source + (line > 0 ? ", line " + line : "") + ": " + Objects.requireNonNull(problem, "problem"),
        source, line);
  }

  /** For a problem that spans lines: the message is complete, {@code line} is where it was found. */
  private DataFileException(String message, String source, int line) {
    super(message);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
  }

  static DataFileException spanning(String source, int firstLine, int lastLine, int line, String problem) {
    String lines = firstLine == lastLine ? ", line " + firstLine : ", lines " + firstLine + "-" + lastLine;
    return new DataFileException(source + lines + ": " + problem, source, line);
  }

  /** {@return the file or source name, as given to the reader} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line where the problem was found; 0 when it is not at a line (an empty file)} */
  public int line() {
    return line;
  }
}
