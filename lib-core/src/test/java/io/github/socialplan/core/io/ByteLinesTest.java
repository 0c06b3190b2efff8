package io.github.socialplan.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-level pieces under {@link PosasReader}: the lines of a stream ({@link ByteLines}), a byte range of
 * a file as a stream ({@link ChannelRange}) and the table of comuni already read ({@link CodeLines}), each
 * against what it is documented to do, on streams that hand over a few bytes per read.
 */
class ByteLinesTest {

  @TempDir Path dir;

  /** A stream that returns at most {@code most} bytes per read, as a slow network stream may. */
  private static InputStream trickle(byte[] bytes, int most) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }

  private static List<String> lines(ByteLines lines) throws IOException {
    List<String> out = new ArrayList<>();
    while (lines.next()) {
      out.add(new String(lines.buf, lines.start, lines.end - lines.start, StandardCharsets.UTF_8) + "@"
          + lines.number);
    }
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void lines_withLfCrlfAndALastLineWithoutLineEnd_areNumberedFromOne() throws IOException {
    for (int most : new int[] {1, 2, 3, 7, 1 << 16}) {
      ByteLines lines = new ByteLines(trickle(utf8("a\r\n\nbc\r\r\nd"), most), "s");
      assertEquals(List.of("a@1", "@2", "bc\r@3", "d@4"), lines(lines), "bytes per read: " + most);
      assertFalse(lines.next());
    }
  }

  @Test
  void byteOrderMark_isSkippedOnlyAtTheStartOfAFile() throws IOException {
    assertEquals(List.of("a@1", "\uFEFFb@2"), lines(new ByteLines(trickle(utf8("\uFEFFa\n\uFEFFb\n"), 2), "s")));
    assertEquals(List.of(), lines(new ByteLines(new ByteArrayInputStream(utf8("\uFEFF")), "s")));
    // a later part of a file keeps it, and counts its lines from the number given
    assertEquals(List.of("\uFEFFa@8"), lines(new ByteLines(new ByteArrayInputStream(utf8("\uFEFFa")), "s", 7, false)));
    // the first two bytes of a byte order mark alone are not one
    byte[] two = {(byte) 0xEF, (byte) 0xBB};
    ByteLines lines = new ByteLines(new ByteArrayInputStream(two), "s");
    assertTrue(lines.next());
    assertEquals(2, lines.end - lines.start);
    byte[] notBom = {(byte) 0xEF, (byte) 0xBB, 'x', '\n'};
    lines = new ByteLines(new ByteArrayInputStream(notBom), "s");
    assertTrue(lines.next());
    assertEquals(3, lines.end - lines.start);
  }

  @Test
  void ensure_makesTheBytesReadable_beforeOrAfterLines_andStreamPosCountsTheBom() throws IOException {
    byte[] bytes = utf8("\uFEFFabc\n0123456789\nxyz");
    ByteLines lines = new ByteLines(trickle(bytes, 1), "s");
    lines.ensure(4);
    assertEquals(3, lines.streamPos()); // after the byte order mark
    assertTrue(lines.limit() - lines.pos() >= 4);
    assertEquals('a', lines.buf[lines.pos()]);
    assertFalse(lines.atEof());
    assertTrue(lines.next());
    assertEquals(7, lines.streamPos()); // BOM, "abc", "\n"
    lines.ensure(10);
    assertTrue(lines.limit() - lines.pos() >= 10);
    assertEquals("0123456789", new String(lines.buf, lines.pos(), 10, StandardCharsets.UTF_8));
    assertTrue(lines.next());
    assertEquals(18, lines.streamPos());
    lines.ensure(100); // more than the stream has: stops at its end
    assertTrue(lines.atEof());
    assertEquals(3, lines.limit() - lines.pos());
    lines.consume(lines.limit(), lines.limit());
    assertEquals(3, lines.number);
    assertEquals(21, lines.streamPos());
    assertFalse(lines.next());
  }

  @Test
  void streamPos_isTheOffsetOfEachLineInALongStream() throws IOException {
    StringBuilder text = new StringBuilder();
    List<Integer> offsets = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 3000; i++) {
      offsets.add(text.length());
      text.append("x".repeat(random.nextInt(120))).append('\n');
    }
    ByteLines lines = new ByteLines(trickle(utf8(text.toString()), 1000), "s");
    for (int i = 0; i < 3000; i++) {
      assertEquals((long) offsets.get(i), lines.streamPos(), "line " + (i + 1));
      assertTrue(lines.next());
    }
    assertEquals(text.length(), lines.streamPos());
  }

  @Test
  void lineOfUpToAMegabyte_isRead_aLongerOneFailsNamingItsNumber() throws IOException {
    String longest = "y".repeat(ByteLines.MAX_LINE - 1); // with its "\n" it fills the largest buffer
    ByteLines lines = new ByteLines(new ByteArrayInputStream(utf8("a\n" + longest + "\nb")), "s");
    assertTrue(lines.next());
    assertTrue(lines.next());
    assertEquals(ByteLines.MAX_LINE - 1, lines.end - lines.start);
    assertTrue(lines.next());

    ByteLines tooLong = new ByteLines(new ByteArrayInputStream(utf8("a\n" + longest + "y\nb")), "big.csv");
    assertTrue(tooLong.next());
    DataFileException e = assertThrows(DataFileException.class, tooLong::next);
    assertEquals("big.csv, line 2: line longer than 1048576 bytes: not a text file of the expected format",
        e.getMessage());
  }

  @Test
  void channelRange_readsItsBytesOnly_byteByByteOrInBlocks() throws IOException {
    Path p = dir.resolve("bytes.bin");
    byte[] bytes = new byte[300];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i; // 128..255 are negative bytes, read back as 128..255
    }
    Files.write(p, bytes);
    try (FileChannel channel = FileChannel.open(p)) {
      ChannelRange range = new ChannelRange(channel, 100, 260);
      for (int i = 100; i < 260; i++) {
        assertEquals(i & 0xFF, range.read(), "byte " + i);
      }
      assertEquals(-1, range.read());
      assertEquals(-1, range.read(new byte[4], 0, 4));

      ChannelRange blocks = new ChannelRange(channel, 290, 400); // past the end of the file
      byte[] b = new byte[30];
      assertEquals(0, blocks.read(b, 0, 0));
      assertEquals(10, blocks.read(b, 5, 20));
      assertEquals((byte) 290, b[5]);
      assertEquals((byte) 299, b[14]);
      assertEquals(-1, blocks.read(b, 0, 20));
      assertEquals(-1, blocks.read());

      ChannelRange ten = new ChannelRange(channel, 100, 110); // a read never passes the range's end
      java.util.Arrays.fill(b, (byte) -1);
      assertEquals(10, ten.read(b, 0, 30));
      assertEquals((byte) 109, b[9]);
      assertEquals((byte) -1, b[10]);
      assertEquals(-1, ten.read(b, 0, 30));
    }
  }

  @Test
  void codeLines_findsEveryCodeAdded_andNoOther_asAMapDoes() {
    Random random = new Random(20250111L);
    CodeLines codes = new CodeLines();
    Map<Integer, Integer> oracle = new HashMap<>();
    // more codes than the first table holds, and runs of consecutive codes as in a province
    for (int i = 0; i < 5000; i++) {
      int key = i % 2 == 0 ? 1001 + i : random.nextInt(1_000_000);
      if (oracle.containsKey(key)) {
        continue;
      }
      codes.add(key, 3 + i, i % 3 == 0 ? 3 + i : 104 + i);
      oracle.put(key, oracle.size());
    }
    assertEquals(oracle.size(), codes.size());
    for (Map.Entry<Integer, Integer> e : oracle.entrySet()) {
      int index = codes.indexOf(e.getKey());
      assertEquals((int) e.getValue(), index, "code " + e.getKey());
      assertEquals((int) e.getKey(), codes.key(index));
    }
    for (int i = 0; i < 20_000; i++) {
      int key = random.nextInt(1_000_000);
      assertEquals(oracle.containsKey(key) ? oracle.get(key) : -1, codes.indexOf(key), "code " + key);
    }
    assertEquals(-1, new CodeLines().indexOf(0));
    if (!oracle.containsKey(0)) {
      assertEquals(-1, codes.indexOf(0)); // the empty slots of a grown table hold no code 0
    }
  }

  @Test
  void codeLines_namesOneLineOrARange_andAddAllShiftsThem() {
    CodeLines part = new CodeLines();
    part.add(CodeLines.key(utf8("x019036"), 1), 1, 1);
    part.add(CodeLines.key(utf8("098001"), 0), 2, 103);
    assertEquals(19_036, part.key(0));
    assertEquals(98_001, part.key(1));
    assertEquals("line 1", part.lines(0));
    assertEquals("lines 2-103", part.lines(1));

    CodeLines whole = new CodeLines();
    whole.add(1001, 3, 104);
    whole.addAll(part, 104);
    assertEquals(3, whole.size());
    assertEquals("line 105", whole.lines(whole.indexOf(19_036)));
    assertEquals("lines 106-207", whole.lines(whole.indexOf(98_001)));
    assertEquals("lines 3-104", whole.lines(whole.indexOf(1001)));
  }
}
