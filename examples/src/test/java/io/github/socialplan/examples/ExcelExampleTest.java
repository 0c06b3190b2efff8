package io.github.socialplan.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelExampleTest {

  @TempDir
  Path dir;

  @Test
  void workbooks_areWrittenAndComeBackEqual() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ExcelExample.write(new PrintStream(bytes, true, StandardCharsets.UTF_8), DataFolder.locate(), dir);
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(Files.size(dir.resolve(ExcelExample.PLAN_FILE)) > 0);
    assertTrue(out.contains("the budget read back: equal to the cent, ok"), out);
    // the residents read back from the workbook are the total that the province file's source line quotes
    long quoted = CremonaProvinceExample.quotedTotal(
        DataFolder.locate().reference(CremonaProvinceExample.FILE)).getAsLong();
    assertTrue(out.contains(Numbers.count(quoted) + " residents, the =SUM total row checked on reading: equal, ok"),
        out);
    assertTrue(!out.contains("DIFFERS"), out);
  }
}
