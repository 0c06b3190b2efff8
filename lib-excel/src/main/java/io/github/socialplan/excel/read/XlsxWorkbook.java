package io.github.socialplan.excel.read;

import io.github.socialplan.core.io.DataFileException;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An XLSX workbook opened for reading (<i>cartella di lavoro</i>), whose sheets the core readers read as
 * they read CSV files: {@link io.github.socialplan.core.io.ComuniListReader},
 * {@link io.github.socialplan.core.io.PartitionReader}, {@link io.github.socialplan.core.io.PlanTableReader}.
 *
 * <pre>{@code
 * try (XlsxWorkbook book = XlsxWorkbook.open(Path.of("zona.xlsx"))) {
 *   PartitionData zona = PartitionReader.columns("Codice Comune", "Zona")
 *       .read(book.sheet("Comuni"), "zone omogenee", TerritoryKind.HOMOGENEOUS_ZONE);
 * }
 * }</pre>
 *
 * <p>The workbook is untrusted: it is opened through Apache POI's package reader, which refuses a part that
 * inflates to more than 100 times its compressed size (a zip bomb) as soon as it does, and is read within
 * {@link XlsxLimits}. A password-protected (encrypted) workbook, an old {@code .xls} one or a file that is not
 * a workbook is refused with a message saying so. Sheets stream: one row at a time is in memory, with at most
 * 256 KB of the sheet's part, which a thread of its own inflates ahead while the rows are parsed.
 *
 * <p>Not thread-safe; close it when done.
 */
public final class XlsxWorkbook implements Closeable {

  /** The relationships from the workbook to its sheets that Apache POI's XSSFReader lists as sheets. */
  private static final Set<String> SHEET_RELATIONS = Set.of(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet",
      "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet");

  /** The namespace of a sheet's {@code r:id}. */
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final String source;
  private final OPCPackage pkg;
  private final XlsxLimits limits;
  private final Map<String, PackagePart> sheets;
  private final boolean date1904;
  private final Styles styles;
  private final PackagePart sharedStringsPart;
  private SharedStrings strings;

  private XlsxWorkbook(String source, OPCPackage pkg, XlsxLimits limits) throws IOException {
    this.source = source;
    this.pkg = pkg;
    this.limits = limits;
    try {
      PackagePart workbook = workbookPart(pkg, source);
      // the sheets' parts by relationship id, then the sheets' names in workbook order, as Apache POI's
      // XSSFReader finds them, with the workbook's date system, in one pass over xl/workbook.xml
      Map<String, PackagePart> parts = new HashMap<>();
      for (PackageRelationship rel : workbook.getRelationships()) {
        if (SHEET_RELATIONS.contains(rel.getRelationshipType())) {
          PackagePart part = workbook.getRelatedPart(rel);
          if (part != null) {
            parts.put(rel.getId(), part);
          }
        }
      }
      Map<String, PackagePart> found = new LinkedHashMap<>();
      try (InputStream in = workbook.getInputStream()) {
        this.date1904 = sheets(in, parts, found);
      }
      this.sheets = found;
      List<PackagePart> styleParts = pkg.getPartsByContentType(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
      if (styleParts.isEmpty()) {
        this.styles = Styles.none();
      } else {
        try (InputStream in = styleParts.get(0).getInputStream()) {
          this.styles = Styles.read(in, source);
        }
      }
      List<PackagePart> sst = pkg.getPartsByContentType(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
      this.sharedStringsPart = sst.isEmpty() ? null : sst.get(0);
    } catch (DataFileException e) {
      throw e;
    } catch (Exception e) {
      throw Xml.failure(source, "workbook", e);
    }
  }

  /**
   * Opens a workbook within the default limits.
   *
   * @param file an {@code .xlsx} file, not null
   * @return the workbook, to be closed
   * @throws IOException if the file cannot be read
   * @throws DataFileException if it is not a readable XLSX workbook: encrypted, an old {@code .xls}, corrupt,
   *     a zip bomb, or past a limit
   */
  public static XlsxWorkbook open(Path file) throws IOException {
    return open(file, XlsxLimits.DEFAULT);
  }

  /**
   * Opens a workbook within the given limits.
   *
   * @param file an {@code .xlsx} file, not null
   * @param limits not null
   * @return the workbook, to be closed
   * @throws IOException if the file cannot be read
   * @throws DataFileException as {@link #open(Path)}
   */
  public static XlsxWorkbook open(Path file, XlsxLimits limits) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(limits, "limits");
    String source = file.toString();
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      throw new DataFileException(source, 0, "the file has " + size + " bytes, more than the "
          + limits.maxFileBytes() + " XlsxLimits allow (maxFileBytes)");
    }
    FileMagic magic;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    }
    if (magic == FileMagic.OLE2) {
      boolean encrypted;
      try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
        encrypted = fs.getRoot().hasEntry("EncryptionInfo");
      } catch (IOException | RuntimeException e) {
        throw new DataFileException(source, 0, "not a readable workbook: an OLE2 file that cannot be read ("
            + e.getMessage() + ")");
      }
      throw new DataFileException(source, 0, encrypted
          ? "the workbook is password-protected (encrypted); save it without a password to read it"
          : "an old Excel 97-2003 workbook (.xls); save it as .xlsx to read it");
    }
    if (magic != FileMagic.OOXML) {
      throw new DataFileException(source, 0, "not an .xlsx workbook: the file is not a ZIP package ("
          + magic + ")");
    }
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      throw Xml.failure(source, "package", e);
    }
    try {
      return new XlsxWorkbook(source, pkg, limits);
    } catch (RuntimeException | IOException e) {
      pkg.revert();
      throw e;
    }
  }

  /** The workbook's main part, as Apache POI's XSSFReader finds it. */
  private static PackagePart workbookPart(OPCPackage pkg, String source) {
    PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    PackagePart part = core.size() == 0 ? null : pkg.getPart(core.getRelationship(0));
    if (part == null) {
      throw new DataFileException(source, 0,
          pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).size() > 0
              ? "a Strict Open XML workbook, which cannot be read; save it as an ordinary .xlsx workbook"
              : "not a readable .xlsx workbook: the package has no workbook part");
    }
    return part;
  }

  /**
   * Reads xl/workbook.xml: each sheet's name and part, in order, into {@code found}.
   *
   * @return whether the workbook counts dates from 1904
   */
  private boolean sheets(InputStream in, Map<String, PackagePart> parts, Map<String, PackagePart> found) {
    boolean date1904 = false;
    String part = "xl/workbook.xml";
    XMLStreamReader x = Xml.open(in, source, part);
    try {
      while (x.hasNext()) {
        if (x.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = x.getLocalName();
        if (name.equals("workbookPr")) {
          String v = x.getAttributeValue(null, "date1904");
          date1904 = "1".equals(v) || "true".equals(v);
        } else if (name.equals("sheet")) {
          String id = x.getAttributeValue(RELATIONSHIPS, "id");
          if (id == null || id.isEmpty()) {
            continue; // as XSSFReader: a sheet without a part is not listed
          }
          String sheet = x.getAttributeValue(null, "name");
          PackagePart p = parts.get(id);
          if (p == null) {
            throw new DataFileException(source, 0, "not a readable .xlsx workbook: sheet '" + sheet
                + "' refers to part " + id + ", which the workbook does not have");
          }
          found.put(sheet, p);
        }
      }
      return date1904;
    } catch (XMLStreamException e) {
      throw Xml.failure(source, part, e);
    }
  }

  /** {@return the workbook's file name, as messages give it} */
  public String source() {
    return source;
  }

  /** {@return the sheets' names, in workbook order} */
  public List<String> sheetNames() {
    return List.copyOf(sheets.keySet());
  }

  /**
   * Returns the rows of a sheet whose header is its first row that is not empty.
   *
   * @param name the sheet's name, not null
   * @return the rows, to be closed
   * @throws IOException if the workbook cannot be read
   * @throws DataFileException if there is no such sheet, or the shared strings are past the limits
   */
  public SheetRows sheet(String name) throws IOException {
    return sheet(name, 1, 1);
  }

  /**
   * Returns the rows of a sheet whose header starts at a given row (title rows above it are left out) and
   * may span several rows; a column's name joins the texts of its header cells with spaces, merged cells
   * counting for every column they span.
   *
   * @param name the sheet's name, not null
   * @param headerRow the 1-based row where the header starts; if that row is empty, the first row after it
   *     that is not
   * @param headerRows how many rows the header spans, 1 to 10
   * @return the rows, to be closed
   * @throws IOException if the workbook cannot be read
   * @throws DataFileException if there is no such sheet, or the shared strings are past the limits
   */
  public SheetRows sheet(String name, int headerRow, int headerRows) throws IOException {
    Objects.requireNonNull(name, "name");
    if (headerRow < 1) {
      throw new IllegalArgumentException("headerRow must be >= 1: " + headerRow);
    }
    if (headerRows < 1 || headerRows > 10) {
      throw new IllegalArgumentException("headerRows must be 1 to 10: " + headerRows);
    }
    PackagePart part = sheets.get(name);
    if (part == null) {
      throw new DataFileException(source, 0, "no sheet '" + name + "'; the workbook has " + sheetNames());
    }
    SharedStrings sst = sharedStrings();
    String quoted = SheetRows.quote(name);
    InputStream in;
    try {
      // inflated ahead on a thread of its own while the rows are parsed
      in = new BackgroundReader(part.getInputStream());
    } catch (IOException e) {
      throw Xml.failure(source, "sheet " + quoted, e);
    }
    try {
      return new SheetRows(source, name, in, sst, styles, date1904, limits, headerRow,
          headerRows,
          () -> {
            try {
              return SheetRows.merges(part.getInputStream(), source, quoted);
            } catch (IOException e) {
              throw Xml.failure(source, "sheet " + quoted, e);
            }
          });
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private SharedStrings sharedStrings() throws IOException {
    if (strings == null) {
      if (sharedStringsPart == null) {
        strings = SharedStrings.none();
      } else {
        try (InputStream in = sharedStringsPart.getInputStream()) {
          strings = SharedStrings.read(in, source, limits);
        }
      }
    }
    return strings;
  }

  @Override
  public void close() {
    pkg.revert();
  }

  @Override
  public String toString() {
    return "XlsxWorkbook[" + source + ", sheets " + new ArrayList<>(sheets.keySet()) + "]";
  }
}
