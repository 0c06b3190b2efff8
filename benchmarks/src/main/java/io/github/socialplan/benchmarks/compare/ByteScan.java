package io.github.socialplan.benchmarks.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The floor of reading a file (<i>scansione dei byte</i>): the time to read its bytes once and count its
 * newlines, with the threads and the buffers the library's POSAS reader uses (one part per processor for a
 * file of two megabytes or more, each read through a {@link FileChannel} into a 64 KB array on a thread of
 * the common fork-join pool). No parser can read the file faster than this on the same machine; the
 * comparison states each side's time as a multiple of it.
 *
 * <pre>{@code
 * long lines = ByteScan.newlines(List.of(Path.of("posas.csv")), 0);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ByteScan {

  /** The buffer of each part, as the reader's. */
  private static final int BUFFER = 1 << 16;
  /** The smallest part read on a thread of its own, as the reader's. */
  private static final long MIN_PART = 1 << 20;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private ByteScan() {}

  /**
   * Counts the newlines of files, one file after the other, each in parts read at once.
   *
   * @param files not null
   * @param threads parts per file at most; 0 for as many as {@link Runtime#availableProcessors()}
   * @return the newlines of all the files
   * @throws UncheckedIOException if a file cannot be read
   */
  public static long newlines(List<Path> files, int threads) {
    Objects.requireNonNull(files, "files");
    int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    long n = 0;
    for (Path f : files) {
      n += newlines(f, t);
    }
    return n;
  }

  private static long newlines(Path file, int threads) {
    try (FileChannel channel = FileChannel.open(file)) {
      long size = channel.size();
      int parts = (int) Math.max(1, Math.min(threads, size / MIN_PART));
      if (parts == 1) {
        return count(channel, 0, size);
      }
      return IntStream.range(0, parts).parallel()
          .mapToLong(i -> count(channel, size * i / parts, size * (i + 1) / parts)).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long count(FileChannel channel, long from, long to) {
    byte[] buf = new byte[BUFFER];
    long n = 0;
    long pos = from;
    try {
      while (pos < to) {
        int r = channel.read(ByteBuffer.wrap(buf, 0, (int) Math.min(buf.length, to - pos)), pos);
        if (r <= 0) {
          break;
        }
        pos += r;
        n += count(buf, r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  /** The newlines of {@code b[0..len)}, eight bytes at a time: the scan should be as fast as Java allows. */
  static long count(byte[] b, int len) {
    long n = 0;
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      long y = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL; // a zero byte where a newline was
      long nonZero = ((y & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | y; // high bit set if non-zero
      n += Long.bitCount(~nonZero & 0x8080808080808080L);
    }
    for (; i < len; i++) {
      if (b[i] == '\n') {
        n++;
      }
    }
    return n;
  }
}
