package io.github.socialplan.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of a byte stream without decoding them: a reusable buffer, the current line as a range of it
 * ({@link #start} inclusive, {@link #end} exclusive, without {@code \n} or {@code \r\n}) and its 1-based number.
 * A UTF-8 byte order mark at the very start is skipped, unless the stream is a later part of a file. Not
 * thread-safe.
 */
final class ByteLines {

  private static final int INITIAL = 1 << 16;
  /** Far above any real row; a longer line means the file is not what the reader expects. */
  static final int MAX_LINE = 1 << 20;

  private final InputStream in;
  private final String source;
  byte[] buf = new byte[INITIAL];
  int start;
  int end;
  int number;
  private int pos;
  private int limit;
  private boolean eof;
  private boolean started;
  /** Whether the stream is the start of a file, where a byte order mark may be. */
  private final boolean fileStart;
  /** How many bytes of the stream came before {@code buf[0]}. */
  private long base;

  ByteLines(InputStream in, String source) {
    this(in, source, 0, true);
  }

  /**
   * Lines of a stream that may be a later part of a file.
   *
   * @param firstNumber the number of the line before the stream's first line (0 at the start of a file)
   * @param fileStart whether the stream starts the file, so that a byte order mark is skipped
   */
  ByteLines(InputStream in, String source, int firstNumber, boolean fileStart) {
    this.in = in;
    this.source = source;
    this.number = firstNumber;
    this.fileStart = fileStart;
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    if (!started) {
      begin();
    }
    int from = pos;
    while (true) {
      for (int i = from; i < limit; i++) {
        if (buf[i] == '\n') {
          setLine(i);
          pos = i + 1;
          return true;
        }
      }
      if (eof) {
        if (pos < limit) {
          setLine(limit);
          pos = limit;
          return true;
        }
        return false;
      }
      from = limit - pos;
      fill();
      from = pos + from;
    }
  }

  /**
   * Makes at least {@code n} bytes (at most the buffer's length) readable from {@link #pos()}, unless the
   * stream ends first; for parsers that read a line in place before knowing where it ends.
   */
  void ensure(int n) throws IOException {
    if (!started) {
      begin();
    }
    while (limit - pos < n && !eof) {
      fill();
    }
  }

  /** Where the next line starts in {@link #buf}. */
  int pos() {
    return pos;
  }

  /** How many bytes of the stream come before the next line, byte order mark included. */
  long streamPos() {
    return base + pos;
  }

  /** The end of the readable bytes in {@link #buf}. */
  int limit() {
    return limit;
  }

  /** True if the bytes up to {@link #limit()} are the last of the stream. */
  boolean atEof() {
    return eof;
  }

  /**
   * Makes the line that a parser read in place the current one.
   *
   * @param lineEnd the end of its content, before {@code \n} or {@code \r\n}
   * @param nextLine where the following line starts
   */
  void consume(int lineEnd, int nextLine) {
    start = pos;
    end = lineEnd;
    pos = nextLine;
    number++;
  }

  private void begin() throws IOException {
    started = true;
    // A stream may hand over fewer bytes than a byte order mark has in one read.
    while (limit < 3 && !eof) {
      fill();
    }
    if (fileStart && limit - pos >= 3
        && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
    }
  }

  private void setLine(int lineEnd) {
    start = pos;
    end = lineEnd > start && buf[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
    number++;
  }

  /** Moves the unread bytes to the front, grows the buffer if a line fills it, and reads more. */
  private void fill() throws IOException {
    if (pos > 0) {
      base += pos;
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      if (buf.length >= MAX_LINE) {
        throw new DataFileException(source, number + 1,
            "line longer than " + MAX_LINE + " bytes: not a text file of the expected format");
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }
}
