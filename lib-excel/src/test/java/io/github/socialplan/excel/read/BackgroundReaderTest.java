package io.github.socialplan.excel.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A part read ahead on another thread reads as the part, fails where the part fails, and stops when closed. */
class BackgroundReaderTest {

  private static final long SEED = 20261130L;

  private static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  /** Reads everything, in reads of the given size (0 for single bytes). */
  private static byte[] readAll(InputStream in, int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (size == 0) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        out.write(b);
      }
    } else {
      byte[] buf = new byte[size];
      for (int n = in.read(buf, 0, size); n >= 0; n = in.read(buf, 0, size)) {
        out.write(buf, 0, n);
      }
    }
    return out.toByteArray();
  }

  @Test
  void readsAsThePart_whateverTheSizesOfPartAndReads() {
    qt().withFixedSeed(SEED).withExamples(60)
        .forAll(integers().between(0, 700_000), integers().between(0, 100_000))
        .checkAssert((n, size) -> {
          byte[] part = bytes(n, n);
          try (BackgroundReader in = new BackgroundReader(new ByteArrayInputStream(part))) {
            assertArrayEquals(part, readAll(in, n < 5_000 ? 0 : size + 1));
            assertEquals(-1, in.read());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void aFailureOfThePart_comesAfterItsBytes_withItsCause() throws IOException {
    byte[] part = bytes(200_000, 1);
    IOException bomb = new IOException("Zip bomb detected!");
    InputStream failing = new FilterInputStream(new ByteArrayInputStream(part)) {
      private int read;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (read >= 150_000) {
          throw bomb;
        }
        int n = super.read(b, off, Math.min(len, 150_000 - read));
        read += n;
        return n;
      }
    };
    try (BackgroundReader in = new BackgroundReader(failing)) {
      byte[] first = new byte[150_000];
      int got = 0;
      while (got < first.length) {
        got += in.read(first, got, first.length - got);
      }
      for (int i = 0; i < first.length; i++) {
        assertEquals(part[i], first[i]);
      }
      IOException e = assertThrows(IOException.class, in::read);
      assertSame(bomb, e.getCause());
      assertTrue(e.getMessage().contains("Zip bomb"), e.getMessage());
    }
  }

  @Test
  void closingBeforeTheEnd_stopsReadingAndClosesThePart() throws IOException {
    boolean[] closed = {false};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'x');
        return len;
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    BackgroundReader in = new BackgroundReader(endless);
    assertEquals('x', in.read());
    assertTimeoutPreemptively(Duration.ofSeconds(5), in::close);
    assertTrue(closed[0]);
  }
}
