package io.github.socialplan.excel.read;

import io.github.socialplan.core.io.DataFileException;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

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
 * a workbook is refused with a message saying so. Sheets stream: one row at a time is in memory.
 *
 * <p>Not thread-safe; close it when done.
 */
public final class XlsxWorkbook implements Closeable {

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
      XSSFReader reader = new XSSFReader(pkg);
      Map<String, PackagePart> found = new LinkedHashMap<>();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        it.next().close();
        found.put(it.getSheetName(), it.getSheetPart());
      }
      this.sheets = found;
      try (InputStream in = reader.getWorkbookData()) {
        this.date1904 = date1904(in);
      }
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

  private boolean date1904(InputStream in) {
    XMLStreamReader x = Xml.open(in, source, "xl/workbook.xml");
    try {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("workbookPr")) {
          String v = x.getAttributeValue(null, "date1904");
          return "1".equals(v) || "true".equals(v);
        }
      }
      return false;
    } catch (XMLStreamException e) {
      throw Xml.failure(source, "xl/workbook.xml", e);
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
    try {
      return new SheetRows(source, name, part.getInputStream(), sst, styles, date1904, limits, headerRow,
          headerRows,
          () -> {
            try {
              return SheetRows.merges(part.getInputStream(), source, quoted);
            } catch (IOException e) {
              throw Xml.failure(source, "sheet " + quoted, e);
            }
          });
    } catch (IOException e) {
      throw Xml.failure(source, "sheet " + quoted, e);
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
