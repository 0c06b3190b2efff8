package io.github.socialplan.core.io;

import io.github.socialplan.core.territory.Grouping;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a partition of comuni into groupings (<i>ripartizione dei comuni</i> in ambiti, sub-ambiti, enti
 * gestori, distretti) from a CSV file with a header: one row per comune, with its code and the id of its
 * grouping, and optionally the grouping's name and kind; the caller names the columns.
 *
 * <p>Each row is checked: a code (six digits, or a number that lost its leading zeros), a grouping id, no
 * comune twice; rows of the same grouping must agree on its name and kind. The kind is given by the caller or
 * read from a kind column ({@link TerritoryKind} constant such as {@code PLANNING_DISTRICT}, its Italian
 * name such as {@code ambito territoriale}, or its English name such as {@code planning district}, which an
 * English workbook writes; case is ignored); both may be given, and must then agree. {@code #} lines are
 * comments. Reading uses Jackson's streaming CSV parser; errors are {@link DataFileException}s naming the
 * file, the line and the value.
 *
 * <pre>{@code
 * PartitionData ambiti = PartitionReader.columns("comune", "ambito")
 *     .withNameColumn("ambito_name")
 *     .read(Path.of("ambiti.csv"), "ambiti", TerritoryKind.PLANNING_DISTRICT);
 * Optional<String> ambitoOfCremona = ambiti.partition().groupOf(IstatCode.parse("019036"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PartitionReader {

  private final String code;
  private final String group;
  private final String nameColumn;
  private final String kindColumn;
  private final char separator;

  private PartitionReader(String code, String group, String nameColumn, String kindColumn, char separator) {
    this.code = code;
    this.group = group;
    this.nameColumn = nameColumn;
    this.kindColumn = kindColumn;
    this.separator = separator;
  }

  /**
   * Returns a reader of comma-separated files with these columns, named as in the file's header.
   *
   * @param code the column of the comune's ISTAT code, not null
   * @param group the column of the grouping id, not null
   * @return the reader
   */
  public static PartitionReader columns(String code, String group) {
    return new PartitionReader(
        Objects.requireNonNull(code, "code"), Objects.requireNonNull(group, "group"), null, null, ',');
  }

  /**
   * Returns a reader that also reads each grouping's name, so that {@link PartitionData#groupings()} is
   * filled.
   *
   * @param column the column of the grouping name, not null
   * @return the reader
   */
  public PartitionReader withNameColumn(String column) {
    return new PartitionReader(code, group, Objects.requireNonNull(column, "column"), kindColumn, separator);
  }

  /**
   * Returns a reader that also reads the groupings' kind, the same on every row.
   *
   * @param column the column of the kind, not null
   * @return the reader
   */
  public PartitionReader withKindColumn(String column) {
    return new PartitionReader(code, group, nameColumn, Objects.requireNonNull(column, "column"), separator);
  }

  /**
   * Returns a reader of files with another separator.
   *
   * @param newSeparator such as {@code ';'}; not a quote, letter or digit
   * @return the reader
   * @throws IllegalArgumentException if the separator is a quote, letter or digit
   */
  public PartitionReader withSeparator(char newSeparator) {
    return new PartitionReader(code, group, nameColumn, kindColumn, CsvRows.checkSeparator(newSeparator));
  }

  /**
   * Reads a file whose groupings are of the given kind.
   *
   * @param file not null
   * @param partitionName the partition's name, e.g. {@code "ambiti"}, not blank
   * @param kind the kind of its groupings, not null, not {@link TerritoryKind#MUNICIPALITY}; if the reader has
   *     a kind column, every row must say this kind
   * @return the partition and its groupings
   * @throws IOException if the file cannot be read
   * @throws DataFileException if a column is missing or named twice in the header, or a row is wrong
   */
  public PartitionData read(Path file, String partitionName, TerritoryKind kind) throws IOException {
    Objects.requireNonNull(kind, "kind");
    return readFile(file, partitionName, kind);
  }

  /**
   * Reads a file whose kind column gives the kind of the groupings.
   *
   * @param file not null
   * @param partitionName the partition's name, not blank
   * @return the partition and its groupings
   * @throws IOException if the file cannot be read
   * @throws IllegalStateException if the reader has no kind column
   * @throws DataFileException if a column is missing or named twice in the header, or a row is wrong
   */
  public PartitionData read(Path file, String partitionName) throws IOException {
    return readFile(file, partitionName, null);
  }

  /**
   * Reads a stream, which is not closed.
   *
   * @param in the file's bytes, UTF-8, not null
   * @param source the name that messages give for the stream, not null
   * @param partitionName the partition's name, not blank
   * @param kind the kind of its groupings; null to read it from the kind column
   * @return the partition and its groupings
   * @throws IOException if the stream cannot be read
   * @throws IllegalStateException if {@code kind} is null and the reader has no kind column
   * @throws DataFileException if a column is missing or named twice in the header, or a row is wrong
   */
  public PartitionData read(InputStream in, String source, String partitionName, TerritoryKind kind)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    try (CsvRows rows = new CsvRows(in, source, separator)) {
      return read(rows, partitionName, kind);
    }
  }

  /**
   * Reads the rows of a table from any source, such as a spreadsheet's sheet, with the same checks as a
   * CSV file; the rows are not closed.
   *
   * @param rows the header, then one row per comune, not null
   * @param partitionName the partition's name, not blank
   * @param kind the kind of its groupings; null to read it from the kind column
   * @return the partition and its groupings
   * @throws IOException if the rows cannot be read
   * @throws IllegalStateException if {@code kind} is null and the reader has no kind column
   * @throws DataFileException if a column is missing or named twice in the header, or a row is wrong, naming
   *     the place as the rows do
   */
  public PartitionData read(TableRows rows, String partitionName, TerritoryKind kind) throws IOException {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(partitionName, "partitionName");
    if (partitionName.isBlank()) {
      throw new IllegalArgumentException("partition name is blank");
    }
    if (kind == null && kindColumn == null) {
      throw new IllegalStateException("no kind given and no kind column to read it from");
    }
    if (kind == TerritoryKind.MUNICIPALITY) {
      throw new IllegalArgumentException("a partition cannot group comuni into comuni: " + kind);
    }
    return parse(rows, partitionName, kind);
  }

  private PartitionData readFile(Path file, String partitionName, TerritoryKind kind) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), partitionName, kind);
    }
  }

  private PartitionData parse(TableRows rows, String partitionName, TerritoryKind givenKind) throws IOException {
    List<String> header = rows.next();
    if (header == null) {
      throw rows.error(-1, "empty file: no header naming the columns");
    }
    int codeAt = rows.column(header, code);
    int groupAt = rows.column(header, group);
    int nameAt = nameColumn == null ? -1 : rows.column(header, nameColumn);
    int kindAt = kindColumn == null ? -1 : rows.column(header, kindColumn);

    TerritoryKind kind = givenKind;
    String kindPlace = null;
    Map<IstatCode, String> placeOf = new HashMap<>();
    Map<IstatCode, String> groupOf = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> namePlace = new HashMap<>();
    for (List<String> row = rows.next(); row != null; row = rows.next()) {
      if (row.size() != header.size()) {
        throw rows.error(-1, "expected " + header.size() + " fields as in the header, found " + row.size() + ": "
            + row);
      }
      IstatCode comune = Tables.comuneCode(rows, codeAt, code, row.get(codeAt).trim());
      String id = row.get(groupAt).trim();
      if (id.isEmpty()) {
        throw rows.error(groupAt, "comune " + comune + ": '" + group + "' is empty");
      }
      String before = placeOf.putIfAbsent(comune, rows.where(codeAt));
      if (before != null) {
        throw rows.error(codeAt, "comune " + comune + " placed twice: in '" + groupOf.get(comune) + "' at " + before
            + " and in '" + id + "' here");
      }
      groupOf.put(comune, id);
      if (kindAt >= 0) {
        TerritoryKind rowKind = kind(rows, kindAt, row.get(kindAt).trim());
        if (kind == null) {
          kind = rowKind;
          kindPlace = rows.where(kindAt);
        } else if (rowKind != kind) {
          throw rows.error(kindAt, "kind " + rowKind + " of grouping '" + id + "' differs from " + kind
              + (kindPlace == null ? ", the kind asked for" : " at " + kindPlace)
              + ": a partition has groupings of one kind");
        }
      }
      if (nameAt >= 0) {
        String name = row.get(nameAt).trim();
        if (name.isEmpty()) {
          throw rows.error(nameAt, "grouping '" + id + "': '" + nameColumn + "' is empty");
        }
        String known = names.putIfAbsent(id, name);
        if (known == null) {
          namePlace.put(id, rows.where(nameAt));
        } else if (!known.equals(name)) {
          throw rows.error(nameAt, "grouping '" + id + "' is named '" + known + "' at " + namePlace.get(id) + " but '"
              + name + "' here");
        }
      }
    }
    if (groupOf.isEmpty()) {
      throw rows.error(-1, "no comuni after the header");
    }
    Partition.Builder b = Partition.builder(partitionName, kind);
    groupOf.forEach(b::assign);
    List<Grouping> groupings = new ArrayList<>();
    for (Map.Entry<String, String> e : names.entrySet()) {
      groupings.add(Grouping.of(e.getKey(), kind, e.getValue()));
    }
    return new PartitionData(rows.source(), b.build(), groupings);
  }


  private TerritoryKind kind(TableRows rows, int index, String text) {
    for (TerritoryKind k : TerritoryKind.values()) {
      if (k != TerritoryKind.MUNICIPALITY
          && (k.name().equalsIgnoreCase(text) || k.italianName().equalsIgnoreCase(text)
              || k.englishName().equalsIgnoreCase(text))) {
        return k;
      }
    }
    throw rows.error(index, "'" + kindColumn + "' is not a kind of grouping: '" + text + "'; expected one of "
        + Arrays.stream(TerritoryKind.values()).filter(k -> k != TerritoryKind.MUNICIPALITY)
            .map(k -> k.name() + " (" + k.italianName() + ")").toList());
  }


  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PartitionReader[code=%s, group=%s, name=%s, kind=%s, separator '%c']",
        code, group, nameColumn, kindColumn, separator);
  }
}
