package io.github.socialplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

  @Test
  void locate_fromTheModuleFolder_findsTheProjectDataFolder() {
    DataFolder data = DataFolder.locate();
    assertTrue(Files.isRegularFile(data.reference("cremona-facts.csv")), data.toString());
    assertTrue(Files.isRegularFile(data.reference("real/posas-2025-sample.csv")), data.toString());
  }

  @Test
  void locate_withTheProperty_usesIt() {
    Path root = DataFolder.locate().root().toAbsolutePath();
    String saved = System.getProperty(DataFolder.PROPERTY);
    try {
      System.setProperty(DataFolder.PROPERTY, root.toString());
      assertEquals(root, DataFolder.locate().root());
    } finally {
      restore(saved);
    }
  }

  @Test
  void locate_withAPropertyThatIsNoDataFolder_namesThePath(@TempDir Path empty) {
    String saved = System.getProperty(DataFolder.PROPERTY);
    try {
      System.setProperty(DataFolder.PROPERTY, empty.toString());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, DataFolder::locate);
      assertTrue(e.getMessage().contains(empty.toAbsolutePath().toString()), e.getMessage());
      assertTrue(e.getMessage().contains("no reference/"), e.getMessage());
    } finally {
      restore(saved);
    }
  }

  @Test
  void of_null_isNamed() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> DataFolder.of(null));
    assertEquals("root", e.getMessage());
  }

  private static void restore(String saved) {
    if (saved == null) {
      System.clearProperty(DataFolder.PROPERTY);
    } else {
      System.setProperty(DataFolder.PROPERTY, saved);
    }
  }
}
