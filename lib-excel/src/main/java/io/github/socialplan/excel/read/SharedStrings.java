package io.github.socialplan.excel.read;

import io.github.socialplan.core.io.DataFileException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared-strings table of a workbook ({@code xl/sharedStrings.xml}), read with StAX within the limits:
 * its inflated bytes are counted as they are read and the reading stops, refusing the workbook, at the
 * first byte or string past a limit. (Apache POI's own table loads every string without a bound.) Rich
 * text runs are joined; phonetic runs are left out.
 */
final class SharedStrings {

  private final List<String> strings;

  private SharedStrings(List<String> strings) {
    this.strings = strings;
  }

  static SharedStrings none() {
    return new SharedStrings(List.of());
  }

  static SharedStrings read(InputStream raw, String source, XlsxLimits limits) throws IOException {
    String part = "xl/sharedStrings.xml";
    CountingStream in = new CountingStream(raw, limits.maxSharedStringsBytes());
    List<String> strings = new ArrayList<>();
    XMLStreamReader x = Xml.open(in, source, part);
    try {
      StringBuilder text = null;
      int phonetic = 0;
      while (x.hasNext()) {
        int e = x.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          String name = x.getLocalName();
          if (name.equals("si")) {
            if (strings.size() == limits.maxSharedStrings()) {
              throw new DataFileException(source, 0, "the shared-strings table holds more than "
                  + limits.maxSharedStrings() + " strings, more than XlsxLimits allow");
            }
            text = new StringBuilder();
          } else if (name.equals("rPh")) {
            phonetic++;
          } else if (name.equals("t") && text != null && phonetic == 0) {
            text.append(x.getElementText());
          }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          String name = x.getLocalName();
          if (name.equals("si") && text != null) {
            strings.add(Xml.decode(text.toString()));
            text = null;
          } else if (name.equals("rPh")) {
            phonetic--;
          }
        }
      }
    } catch (XMLStreamException e) {
      if (in.exceeded) {
        throw tooLarge(source, limits);
      }
      throw Xml.failure(source, part, e);
    } catch (TooLarge e) {
      throw tooLarge(source, limits);
    }
    return new SharedStrings(strings);
  }

  private static DataFileException tooLarge(String source, XlsxLimits limits) {
    return new DataFileException(source, 0, "the shared-strings table is larger than "
        + limits.maxSharedStringsBytes() + " bytes, more than XlsxLimits allow");
  }

  int size() {
    return strings.size();
  }

  /** The string at an index, or null if there is none. */
  String get(int index) {
    return index >= 0 && index < strings.size() ? strings.get(index) : null;
  }

  /** Thrown by the counting stream; unchecked so that the XML parser lets it through. */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null, false, false);
    }
  }

  /** Counts the bytes read and stops past a limit. */
  private static final class CountingStream extends FilterInputStream {
    private final long limit;
    private long count;
    boolean exceeded;

    CountingStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    private void add(long n) {
      if (n > 0) {
        count += n;
        if (count > limit) {
          exceeded = true;
          throw new TooLarge();
        }
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      add(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      add(n);
      return n;
    }
  }
}
