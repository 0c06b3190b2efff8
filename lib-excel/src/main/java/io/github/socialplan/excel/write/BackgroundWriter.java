package io.github.socialplan.excel.write;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands a sheet's XML, in blocks of characters, to a thread of its own that encodes it as UTF-8 and writes it
 * into the workbook's zip stream, which deflates it. Deflating the rows of the all-Italy cruscotto (54 MB of
 * XML) costs a good part of the CPU time of making them; on a second core the two run at once. A few blocks
 * are in memory at a time: the maker waits while all of them are being written.
 *
 * <p>Used by one thread, the maker; the zip stream is written by the writer's thread only between the first
 * block and {@link #finish()} or {@link #abort()}, which wait for it to end.
 */
final class BackgroundWriter {

  /** The blocks in memory: one being filled, the others waiting or being written. */
  private static final int BLOCKS = 4;

  /** A block of characters. */
  private static final class Block {
    char[] chars;
    int length;

    Block(int size) {
      chars = new char[size];
    }
  }

  /** Ends the writer's thread. */
  private static final Block END = new Block(0);

  private final BlockingQueue<Block> free = new ArrayBlockingQueue<>(BLOCKS);
  /** The blocks to write, then {@link #END}: room for every block and the end. */
  private final BlockingQueue<Block> full = new ArrayBlockingQueue<>(BLOCKS + 1);
  private final Thread thread;
  /** The writer's thread's failure, if any; it then writes nothing more. */
  private volatile Throwable failure;
  /** Set when the maker gives up: nothing more is written. */
  private volatile boolean aborted;
  private boolean ended;

  /**
   * Starts the writer's thread.
   *
   * @param out the sheet's entry in the workbook's zip stream, left open
   * @param blockSize the characters of a block, at least 1
   */
  BackgroundWriter(OutputStream out, int blockSize) {
    for (int i = 0; i < BLOCKS; i++) {
      free.add(new Block(blockSize));
    }
    Writer encoder = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    thread = new Thread(() -> run(encoder), "socialplan-xlsx-sheet-writer");
    thread.setDaemon(true);
    thread.start();
  }

  private void run(Writer encoder) {
    try {
      for (Block b = full.take(); b != END; b = full.take()) {
        if (failure == null && !aborted) {
          try {
            encoder.write(b.chars, 0, b.length);
          } catch (IOException | RuntimeException | Error e) {
            failure = e;
          }
        }
        free.add(b); // never full: there are only BLOCKS blocks
      }
      if (failure == null && !aborted) {
        encoder.flush(); // the encoder's last bytes; the zip stream stays open
      }
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
    } catch (InterruptedException e) {
      failure = e;
    }
  }

  /**
   * Copies the characters into a free block and hands it to the writer's thread; waits while every block is
   * being written.
   *
   * @param text not null
   * @throws IOException if the writer's thread failed, or the wait was interrupted
   */
  void write(StringBuilder text) throws IOException {
    rethrow();
    Block b;
    try {
      b = free.take();
    } catch (InterruptedException e) {
      abort();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing a sheet");
    }
    int n = text.length();
    if (b.chars.length < n) {
      b.chars = new char[n];
    }
    text.getChars(0, n, b.chars, 0);
    b.length = n;
    full.add(b); // never full: room for every block
  }

  /**
   * Waits until every block is written into the zip stream, which stays open.
   *
   * @throws IOException if writing failed, or the wait was interrupted
   */
  void finish() throws IOException {
    end();
    rethrow();
  }

  /** Stops writing and waits for the writer's thread to end; what it was given is left out. */
  void abort() {
    aborted = true;
    try {
      end();
    } catch (InterruptedIOException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void end() throws InterruptedIOException {
    if (!ended) {
      ended = true;
      full.add(END);
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      aborted = true;
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing a sheet");
    }
  }

  private void rethrow() throws IOException {
    Throwable t = failure;
    if (t == null) {
      return;
    }
    if (t instanceof IOException) {
      throw new IOException("could not write a sheet: " + t.getMessage(), t);
    }
    if (t instanceof UncheckedIOException) {
      throw new IOException("could not write a sheet: " + t.getMessage(), t.getCause());
    }
    if (t instanceof InterruptedException) {
      throw new InterruptedIOException("the sheet's writer was interrupted");
    }
    if (t instanceof RuntimeException) {
      throw new IllegalStateException("could not write a sheet: " + t, t);
    }
    throw (Error) t;
  }
}
