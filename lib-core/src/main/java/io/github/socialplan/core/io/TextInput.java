package io.github.socialplan.core.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The text of a data file as the CSV readers take it (<i>testo dei file di dati</i>): strict UTF-8, a byte
 * order mark at the start skipped, and the limits on a cell's length that keep a hostile file cheap to
 * refuse.
 *
 * <p>A byte sequence that is not UTF-8 (a file saved as Latin-1 or Windows-1252) fails with a
 * {@link DataFileException} naming the source, the line and the byte, instead of a bare
 * {@code MalformedInputException}.
 *
 * <p>This class is stateless and thread-safe; the readers it returns are not.
 */
public final class TextInput {

  /**
   * The longest cell a CSV reader accepts, in characters: {@value}. Names, labels and texts are far
   * shorter; a longer cell is refused before anything parses it.
   */
  public static final int MAX_CELL_LENGTH = 10_000;

  /**
   * The longest number cell a CSV reader accepts, in characters: {@value}, as for JSON numbers. Parsing a
   * decimal costs time that grows faster than its length.
   */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The most cells a CSV row may have. */
  public static final int MAX_CELLS = 1_000;

  private static final char BOM = '\uFEFF';

  private TextInput() {}

  /**
   * Returns Jackson's CSV factory with the library's limits: a cell is cut off as soon as it passes
   * {@link #MAX_CELL_LENGTH} characters (a {@code StreamConstraintsException}), before the rest of it is
   * read, and the caller owns, and closes, the input.
   *
   * @return a new factory, thread-safe once built
   */
  public static CsvFactory csvFactory() {
    return CsvFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL_LENGTH).build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /**
   * Returns a reader that decodes strict UTF-8 and skips a byte order mark at the start.
   *
   * @param in the bytes, not null; closed when the reader is closed
   * @param source names the input in error messages (a file name), not null
   * @return the reader; its {@code read} methods throw a {@link DataFileException} naming the source, the
   *     line and the offending byte if the bytes are not UTF-8
   */
  public static Reader utf8(InputStream in, String source) {
    return new StrictUtf8Reader(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Returns a reader of the same text without a byte order mark at its start, if it has one (a file
   * decoded by the caller keeps the mark as the character U+FEFF).
   *
   * @param in not null; closed when the reader is closed
   * @return the reader
   * @throws IOException if reading the first character fails
   */
  public static Reader withoutBom(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    if (in instanceof StrictUtf8Reader) {
      return in;
    }
    BufferedReader b = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    b.mark(1);
    if (b.read() != BOM) {
      b.reset();
    }
    return b;
  }

  /** Decodes with a decoder that reports errors, counting lines to name the one of a bad byte. */
  private static final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final String source;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private long bytesRead;
    private int line = 1;
    private boolean afterCr;
    private boolean started;
    private boolean eof;
    private boolean done;

    StrictUtf8Reader(InputStream in, String source) {
      this.in = in;
      this.source = source;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, cbuf.length);
      if (len == 0) {
        return 0;
      }
      if (!chars.hasRemaining() && !fill()) {
        return -1;
      }
      int n = Math.min(len, chars.remaining());
      chars.get(cbuf, off, n);
      return n;
    }

    /** Decodes the next chunk into {@code chars}; false at the end of the input. */
    private boolean fill() throws IOException {
      chars.clear();
      try {
        while (chars.position() == 0 && !done) {
          CoderResult r = decoder.decode(bytes, chars, eof);
          if (r.isError()) {
            countLines(0, chars.position());
            long at = bytesRead - bytes.remaining();
            throw new DataFileException(source, line, String.format(java.util.Locale.ROOT,
                "not valid UTF-8, the encoding expected (a file saved as Latin-1 or Windows-1252?):"
                    + " byte 0x%02X at byte offset %d", bytes.get(bytes.position()) & 0xFF, at));
          }
          if (chars.position() > 0) {
            break;
          }
          if (eof) {
            decoder.flush(chars);
            done = true;
          } else {
            bytes.compact();
            int k = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (k < 0) {
              eof = true;
            } else {
              bytes.position(bytes.position() + k);
              bytesRead += k;
            }
            bytes.flip();
          }
        }
      } finally {
        chars.flip();
      }
      countLines(0, chars.limit());
      if (!started && chars.hasRemaining()) {
        started = true;
        if (chars.get(0) == BOM) {
          chars.position(1);
          return chars.hasRemaining() || fill();
        }
      }
      return chars.hasRemaining();
    }

    /** Counts line ends as the CSV parser does: LF, CR LF and a lone CR. */
    private void countLines(int from, int to) {
      for (int i = from; i < to; i++) {
        char c = chars.get(i);
        if (c == '\n') {
          if (!afterCr) {
            line++;
          }
          afterCr = false;
        } else {
          afterCr = c == '\r';
          if (afterCr) {
            line++;
          }
        }
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
