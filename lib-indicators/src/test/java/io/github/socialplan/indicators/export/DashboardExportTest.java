package io.github.socialplan.indicators.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialplan.core.population.Population;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.Partition;
import io.github.socialplan.core.territory.TerritoryKind;
import io.github.socialplan.indicators.dashboard.Dashboard;
import io.github.socialplan.indicators.dashboard.DashboardTable;
import io.github.socialplan.indicators.result.DisplayFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardExportTest {

  /** Two comuni of one ambito: 019001 with 39,147 elderly and 20,037 children, 019002 with no children. */
  private static DashboardTable table() {
    Population a = Population.builder("019001", 2014).male(0, 20_037).female(70, 39_147).male(30, 99_345).build();
    Population b = Population.builder("019002", 2014).male(70, 10).male(30, 10).build();
    Partition ambito = Partition.builder("ambiti", TerritoryKind.PLANNING_DISTRICT)
        .assign(IstatCode.parse("019002"), "ambito").assign(IstatCode.parse("019001"), "ambito").build();
    return Dashboard.builder().levels(ambito).populations(List.of(b, a)).compute();
  }

  private static String[] line(String csv, String territory, String indicator, String separator) {
    for (String l : csv.split("\n")) {
      String[] cells = l.split(separator, -1);
      if (cells[3].equals(territory) && cells[5].equals(indicator)) {
        return cells;
      }
    }
    throw new AssertionError("no line " + territory + " " + indicator + " in\n" + csv);
  }

  @Test
  void csv_hasTheHeaderAndRoundedValuesWithADot() throws IOException {
    StringWriter w = new StringWriter();
    DashboardExport.csv(table(), w, DisplayFormat.DEFAULT);
    String csv = w.toString();
    assertEquals(String.join(",", DashboardExport.FIELDS), csv.split("\n")[0]);
    String[] own = line(csv, "019001", "old_age_index", ",");
    // 39,147 / 20,037 × 100 = 195.37; the ambito: 39,157 / 20,037 × 100 = 195.42
    assertEquals(List.of("2014", "0", "MUNICIPALITY", "019001", "ambito", "old_age_index"),
        Arrays.asList(own).subList(0, 6));
    assertEquals("195.4", own[8]);
    assertEquals("39147", own[9]);
    assertEquals("20037", own[10]);
    assertEquals("195.4", own[14]);
    assertEquals("0.0", own[15]); // 195.37 − 195.42 = −0.0499 rounds half-up to 0.0
    assertEquals("1.000", own[16]);
    String[] undefined = line(csv, "019002", "old_age_index", ",");
    assertEquals("", undefined[8]);
    assertEquals("ZERO_DENOMINATOR", undefined[12]);
    assertTrue(undefined[13].contains("residents aged 0-14"), undefined[13]);
    String[] top = line(csv, "ambito", "old_age_index", ",");
    assertEquals("", top[4]);
    assertEquals("", top[14]);
  }

  @Test
  void csv_inItalian_usesCommaDecimalsAndSemicolons() throws IOException {
    StringWriter w = new StringWriter();
    DashboardExport.csv(table(), w, DisplayFormat.italian());
    assertEquals("195,4", line(w.toString(), "019001", "old_age_index", ";")[8]);
  }

  @Test
  void json_hasOneObjectPerRow_inCamelCase_leavingOutAbsentFields() throws IOException {
    StringWriter w = new StringWriter();
    DashboardTable t = table();
    DashboardExport.json(t, w, DisplayFormat.DEFAULT);
    JsonNode rows = new ObjectMapper().readTree(w.toString()).get("rows");
    assertEquals(t.rows().size(), rows.size());
    JsonNode first = rows.get(0);
    List<String> present = new java.util.ArrayList<>(DashboardExport.JSON_FIELDS);
    present.removeAll(List.of("parent", "parentValue", "differenceFromParent", "ratioToParent",
        "undefinedReason", "undefinedDetail"));
    assertEquals(present, iterator(first));
    assertTrue(!w.toString().contains("null"), "no field is written as null");
    assertEquals("ambito", first.get("territory").asText());
    assertEquals("old_age_index", first.get("indicator").asText());
    assertEquals("195.4", first.get("value").decimalValue().toPlainString());
    assertTrue(!first.has("parent"));
    for (JsonNode r : rows) {
      if (r.get("territory").asText().equals("019002") && r.get("indicator").asText().equals("old_age_index")) {
        assertTrue(!r.has("value"));
        assertEquals("ZERO_DENOMINATOR", r.get("undefinedReason").asText());
      }
    }
  }

  private static List<String> iterator(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
