package io.github.socialplan.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A byte range of a file as a stream, read with positional reads so that several threads can each read
 * their own range of one shared channel. The channel is not closed. Not thread-safe.
 */
final class ChannelRange extends InputStream {

  private final FileChannel channel;
  private long position;
  private final long end;

  ChannelRange(FileChannel channel, long from, long to) {
    this.channel = channel;
    this.position = from;
    this.end = to;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (position >= end) {
      return -1;
    }
    int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
    if (n < 0) {
      return -1;
    }
    position += n;
    return n;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }
}
