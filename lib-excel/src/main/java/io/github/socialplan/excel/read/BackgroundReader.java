package io.github.socialplan.excel.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A sheet's part read ahead, inflated, by a thread of its own, in blocks that the XML parser then reads:
 * inflating the 54 MB of XML of the all-Italy cruscotto's largest sheet costs a good part of the CPU time of
 * parsing it, and on a second core the two run at once. A few blocks are in memory at a time: the reading
 * thread waits while the parser has not taken them. Apache POI's stream below keeps its checks (a part that
 * inflates too much is refused as a zip bomb); its failure reaches the parser at the block where it occurred.
 *
 * <p>Read by one thread; {@link #close()} stops the reading thread, waits for it, and closes the stream below.
 */
final class BackgroundReader extends InputStream {

  /** The blocks in memory: one being read by the parser, the others full or being filled. */
  private static final int BLOCKS = 4;

  /** The bytes of a block. */
  private static final int BLOCK = 64 * 1024;

  /** A block of bytes; a length of -1 ends the stream. */
  private static final class Block {
    final byte[] bytes;
    int length;

    Block(int size) {
      bytes = new byte[size];
    }
  }

  private final InputStream in;
  /** The blocks to fill; room for every block and one more, which {@link #close()} gives to wake the thread. */
  private final BlockingQueue<Block> free = new ArrayBlockingQueue<>(BLOCKS + 1);
  /** The blocks read, in order; room for every block. */
  private final BlockingQueue<Block> full = new ArrayBlockingQueue<>(BLOCKS);
  private final Thread thread;
  /** The reading thread's failure, given to the parser after the blocks read before it. */
  private volatile IOException failure;
  private volatile boolean closed;
  private Block current;
  private int position;
  private boolean ended;

  /**
   * Starts reading a stream ahead.
   *
   * @param in the part's stream, not null; closed by {@link #close()}
   */
  BackgroundReader(InputStream in) {
    this.in = in;
    for (int i = 0; i < BLOCKS; i++) {
      free.add(new Block(BLOCK));
    }
    thread = new Thread(this::run, "socialplan-xlsx-sheet-reader");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (true) {
        Block b = free.take();
        if (closed) {
          return;
        }
        int n = 0;
        try {
          while (n < b.bytes.length) {
            int r = in.read(b.bytes, n, b.bytes.length - n);
            if (r < 0) {
              break;
            }
            n += r;
          }
        } catch (IOException e) {
          failure = e;
        } catch (RuntimeException e) {
          failure = new IOException(e.getMessage(), e);
        }
        if (n > 0) {
          b.length = n;
          full.add(b); // never full: room for every block
          if (failure == null && n == b.bytes.length) {
            continue;
          }
          b = free.take();
          if (closed) {
            return;
          }
        }
        b.length = -1; // the end, or the failure, after the bytes before it
        full.add(b);
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // nobody interrupts it: its stream's file would be closed
    }
  }

  /** Takes the next block, or returns false at the end. */
  private boolean next() throws IOException {
    if (ended) {
      return false;
    }
    if (current != null) {
      free.add(current); // never full
      current = null;
    }
    Block b;
    try {
      b = full.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading a sheet");
    }
    if (b.length < 0) {
      ended = true;
      free.add(b);
      IOException e = failure;
      if (e != null) {
        throw new IOException(e.getMessage(), e);
      }
      return false;
    }
    current = b;
    position = 0;
    return true;
  }

  @Override
  public int read() throws IOException {
    if ((current == null || position == current.length) && !next()) {
      return -1;
    }
    return current.bytes[position++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if ((current == null || position == current.length) && !next()) {
      return -1;
    }
    int n = Math.min(len, current.length - position);
    System.arraycopy(current.bytes, position, b, off, n);
    position += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      free.add(new Block(0)); // wakes the thread if it waits for a block; it then ends
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        in.close();
      }
    }
  }
}
