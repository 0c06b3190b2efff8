package io.github.socialplan.excel.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell styles of a workbook show a date: the number formats of {@code styles.xml}, read with StAX
 * (only {@code numFmts} and {@code cellXfs} matter here) and judged by POI's {@link DateUtil}.
 */
final class Styles {

  private final boolean[] date;

  private Styles(boolean[] date) {
    this.date = date;
  }

  static Styles none() {
    return new Styles(new boolean[0]);
  }

  static Styles read(InputStream in, String source) throws IOException {
    Map<Integer, String> formats = new HashMap<>();
    List<Integer> xfs = new ArrayList<>();
    XMLStreamReader x = Xml.open(in, source, "xl/styles.xml");
    try {
      boolean inCellXfs = false;
      boolean inNumFmts = false;
      while (x.hasNext()) {
        int e = x.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          String name = x.getLocalName();
          if (name.equals("numFmts")) {
            inNumFmts = true;
          } else if (name.equals("numFmt") && inNumFmts) {
            // only the cell formats': a conditional format's (dxf) numFmt may reuse an id for another format
            formats.put(Integer.parseInt(x.getAttributeValue(null, "numFmtId")),
                x.getAttributeValue(null, "formatCode"));
          } else if (name.equals("cellXfs")) {
            inCellXfs = true;
          } else if (name.equals("xf") && inCellXfs) {
            String id = x.getAttributeValue(null, "numFmtId");
            xfs.add(id == null ? 0 : Integer.parseInt(id));
          }
        } else if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
          inCellXfs = false;
        } else if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("numFmts")) {
          inNumFmts = false;
        }
      }
    } catch (XMLStreamException | NumberFormatException e) {
      throw Xml.failure(source, "xl/styles.xml", e);
    }
    boolean[] date = new boolean[xfs.size()];
    for (int i = 0; i < date.length; i++) {
      int id = xfs.get(i);
      String code = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
      // an elapsed time ([h]:mm, 36:00 for 1.5) is a number of days, not a date
      date[i] = code != null && DateUtil.isADateFormat(id, code) && !code.matches("(?i).*\\[(h+|m+|s+)\\].*");
    }
    return new Styles(date);
  }

  /** Whether cells of the style at this index show a date. */
  boolean isDate(int style) {
    return style >= 0 && style < date.length && date[style];
  }
}
