package io.github.socialplan.indicators.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialplan.core.json.SocialPlanJson;
import io.github.socialplan.core.plan.Plan;
import io.github.socialplan.core.testing.ReferenceFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The yes/no outcomes of the Piano di Zona 2015-2017 dell'Ambito di Cremona, counted per objective. */
class OutcomeSummaryTest {

  @Test
  void cremona_yesNoOutcomes_perObjective_asTheFileLists_them() throws IOException {
    Path file = ReferenceFiles.folder().getParent().resolve("plans/cremona-pdz-2015-2017.json");
    Plan plan = SocialPlanJson.read(file, Plan.class);
    // the oracle: the file's JSON tree, read without the library's types
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    Map<String, OutcomeSummary> expected = new LinkedHashMap<>();
    json.get("objectives").forEach(o -> expected.put(o.get("id").asText(), new OutcomeSummary(0, 0, 0)));
    List<JsonNode> targets = new ArrayList<>();
    json.get("targets").forEach(targets::add);
    json.get("actions").forEach(a -> a.get("indicators").forEach(targets::add));
    int yesNo = 0;
    for (JsonNode target : targets) {
      if (target.path("measure").asText().equals("YES_NO")) {
        yesNo++;
        assertEquals(0, target.path("observations").size(), "the plan observes nothing yet");
        expected.merge(target.get("objective").asText(), new OutcomeSummary(0, 0, 1),
            (a, b) -> new OutcomeSummary(a.achieved(), a.notAchieved(), a.notMeasured() + 1));
      }
    }
    assertEquals(1, yesNo); // the Manifesto del welfare comunitario e generativo, §3.2.3
    assertEquals(expected, OutcomeSummary.byObjective(plan));
    assertEquals(new OutcomeSummary(0, 0, 1), OutcomeSummary.of(plan));
    assertEquals(1, OutcomeSummary.of(plan).total());
  }

  @Test
  void total_isTheSumOfTheThreeCounts() {
    assertEquals(6, new OutcomeSummary(3, 2, 1).total());
    assertEquals(0, new OutcomeSummary(0, 0, 0).total());
  }

  @Test
  void statuses_haveTheirItalianNames() {
    assertEquals("raggiunto", TargetStatus.ACHIEVED.italianName());
    assertEquals("in ritardo", TargetStatus.BEHIND.italianName());
  }
}
