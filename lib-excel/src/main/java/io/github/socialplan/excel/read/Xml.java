package io.github.socialplan.excel.read;

import io.github.socialplan.core.io.DataFileException;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A StAX reader for the XML parts of a workbook: no DTD, no external entities. */
final class Xml {

  private static final XMLInputFactory FACTORY = factory();

  private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private Xml() {}

  /**
   * A cell text with the escapes of ECMA-376 ({@code _x000D_} for a carriage return, and so on) decoded, as
   * spreadsheet applications write characters that XML cannot hold.
   */
  static String decode(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    return ESCAPE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        String.valueOf((char) Integer.parseInt(m.group(1), 16))));
  }

  private static XMLInputFactory factory() {
    // the JDK's own StAX, whatever else is on the class path: its settings below are the ones tested
    // against hostile workbooks
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  static XMLStreamReader open(InputStream in, String source, String part) {
    try {
      return FACTORY.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw failure(source, part, e);
    }
  }

  /**
   * The workbook's problem in the library's words: a zip bomb, found by Apache POI while inflating, or XML
   * that is not well formed.
   */
  static DataFileException failure(String source, String part, Exception e) {
    String text = String.valueOf(e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb")) {
        DataFileException x = new DataFileException(source, 0, part
            + " inflates to more than 100 times its compressed size: refused as a zip bomb");
        x.initCause(e);
        return x;
      }
      if (t instanceof IOException) {
        text = m;
      }
    }
    DataFileException x = new DataFileException(source, 0, "not a readable .xlsx workbook: " + part + ": " + text);
    x.initCause(e);
    return x;
  }
}
