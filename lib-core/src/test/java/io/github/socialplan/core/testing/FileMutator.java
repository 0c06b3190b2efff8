package io.github.socialplan.core.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Mutates the bytes of a real data file the way the audit did: a few edits, each a random byte, a token
 * that readers treat specially (line ends, quotes, separators, a byte order mark, bytes that are not UTF-8,
 * long or huge numbers), a deletion, a duplicated slice or a truncation. The choices come from outside: a
 * QuickTheories source in the short runs, Jazzer's coverage-guided data in the long ones.
 */
public final class FileMutator {

  /** Where the choices come from. */
  @FunctionalInterface
  public interface Choices {
    /** A number from 0 to {@code bound - 1}; {@code bound >= 1}. */
    int next(int bound);
  }

  private static final byte[][] TOKENS = tokens("\r", "\n", "\r\n", "\"", ",", ";", "#", "\uFEFF", "-", "0", " ",
      "", ".", "e", "E+", "999", "TOTAL", "Totale", "\u0000", "2147483647", "4294967296", "9223372036854775808",
      "999999999999999999999999999999999", "1e999999999", "1e-999999999", "0.001", "NaN", "\u00E0", "\t",
      "9".repeat(70), "9".repeat(20_000), "a".repeat(11_000), ",".repeat(1_200), "\"\"", "\"a\"\"b\"");

  private static final byte[][] NOT_UTF8 = {{(byte) 0xE8}, {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0,
      (byte) 0x80}};

  private FileMutator() {}

  private static byte[][] tokens(String... texts) {
    return Arrays.stream(texts).map(t -> t.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
  }

  /**
   * Returns a mutant of {@code base}: 1 to 8 edits.
   *
   * @param base not null, not changed
   * @param c the choices
   * @return the new bytes
   */
  public static byte[] mutate(byte[] base, Choices c) {
    byte[] b = base;
    int edits = 1 + c.next(8);
    for (int e = 0; e < edits; e++) {
      int pos = c.next(b.length + 1);
      switch (c.next(7)) {
        case 0:
          if (pos < b.length) {
            b = b.clone();
            b[pos] = (byte) c.next(256);
          }
          break;
        case 1:
        case 2:
          b = splice(b, pos, 0, TOKENS[c.next(TOKENS.length)]);
          break;
        case 3:
          b = splice(b, pos, Math.min(b.length - pos, c.next(40)), new byte[0]);
          break;
        case 4: {
          int len = Math.min(b.length - pos, c.next(400));
          byte[] slice = Arrays.copyOfRange(b, pos, pos + len);
          b = splice(b, c.next(b.length + 1), 0, slice);
          break;
        }
        case 5:
          b = splice(b, pos, Math.min(b.length - pos, c.next(12)), TOKENS[c.next(TOKENS.length)]);
          break;
        default:
          if (c.next(4) == 0) {
            b = Arrays.copyOf(b, pos);
          } else {
            b = splice(b, pos, 0, NOT_UTF8[c.next(NOT_UTF8.length)]);
          }
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int pos, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
    out.write(b, 0, pos);
    out.write(insert, 0, insert.length);
    out.write(b, pos + remove, b.length - pos - remove);
    return out.toByteArray();
  }
}
