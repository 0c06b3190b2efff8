package io.github.socialplan.core.io;

import java.util.Arrays;

/**
 * The comuni already read: each one's six-digit code, as a number, with its first and last line, in the
 * order added. An open-addressing table of {@code int}s, so that remembering a comune costs no object
 * (about 7,900 per all-Italy file). Not thread-safe.
 */
final class CodeLines {

  /** Index + 1 of the code in each slot, 0 if the slot is empty; 2 to the power 32 - {@link #shift} slots. */
  private int[] table = new int[1 << 11];
  private int shift = 32 - 11;
  private int[] keys = new int[1 << 10];
  private int[] first = new int[1 << 10];
  private int[] last = new int[1 << 10];
  private int size;

  /** The code of six ASCII digits at {@code b[s..s+6)} as a number. */
  static int key(byte[] b, int s) {
    int k = 0;
    for (int i = s; i < s + 6; i++) {
      k = k * 10 + (b[i] - '0');
    }
    return k;
  }

  int size() {
    return size;
  }

  int key(int index) {
    return keys[index];
  }

  /** The index of a code, or -1 if it was not added. */
  int indexOf(int key) {
    int mask = table.length - 1;
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      int entry = table[slot];
      if (entry == 0) {
        return -1;
      }
      if (keys[entry - 1] == key) {
        return entry - 1;
      }
    }
  }

  /** Adds a code that is not there yet. */
  void add(int key, int firstLine, int lastLine) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      first = Arrays.copyOf(first, size * 2);
      last = Arrays.copyOf(last, size * 2);
    }
    keys[size] = key;
    first[size] = firstLine;
    last[size] = lastLine;
    size++;
    if (2 * size > table.length) {
      table = new int[table.length * 2];
      shift--;
      for (int i = 0; i < size; i++) {
        place(i);
      }
    } else {
      place(size - 1);
    }
  }

  /** Adds the codes of a later part of the file read apart, its lines shifted by {@code lineOffset}. */
  void addAll(CodeLines part, int lineOffset) {
    for (int i = 0; i < part.size; i++) {
      add(part.keys[i], part.first[i] + lineOffset, part.last[i] + lineOffset);
    }
  }

  /** The lines of the comune at an index, "line 7" or "lines 7-108". */
  String lines(int index) {
    return first[index] == last[index] ? "line " + first[index] : "lines " + first[index] + "-" + last[index];
  }

  private void place(int index) {
    int mask = table.length - 1;
    int slot = slot(keys[index]);
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = index + 1;
  }

  /**
   * Fibonacci hashing: the top bits of the code times 2^32 divided by the golden ratio, which spread the
   * nearly consecutive codes of a province over the table (their low bits alone would cluster).
   */
  private int slot(int key) {
    return key * 0x9E3779B9 >>> shift;
  }
}
