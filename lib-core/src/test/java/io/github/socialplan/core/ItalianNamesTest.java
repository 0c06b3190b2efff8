package io.github.socialplan.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialplan.core.fund.Fund;
import io.github.socialplan.core.fund.FundLevel;
import io.github.socialplan.core.plan.Direction;
import io.github.socialplan.core.plan.MeasureKind;
import io.github.socialplan.core.plan.ObjectiveKind;
import io.github.socialplan.core.service.CareDomain;
import io.github.socialplan.core.service.CareSetting;
import io.github.socialplan.core.service.MacroArea;
import io.github.socialplan.core.service.Service;
import io.github.socialplan.core.service.Services;
import io.github.socialplan.core.territory.Grouping;
import io.github.socialplan.core.territory.IstatCode;
import io.github.socialplan.core.territory.LegalForm;
import io.github.socialplan.core.territory.Municipality;
import io.github.socialplan.core.territory.TerritoryKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every coded value names its Italian term, and the simple values check what they are given. */
class ItalianNamesTest {

  private static <E extends Enum<E>> void distinctAndNotBlank(E[] values, Function<E, String> name) {
    List<String> names = Arrays.stream(values).map(name).collect(Collectors.toList());
    names.forEach(n -> assertFalse(n.isBlank(), names.toString()));
    assertEquals(values.length, Set.copyOf(names).size(), names.toString());
  }

  @Test
  void everyConstant_hasItsOwnItalianName() {
    distinctAndNotBlank(FundLevel.values(), FundLevel::italianName);
    distinctAndNotBlank(CareDomain.values(), CareDomain::italianName);
    distinctAndNotBlank(CareSetting.values(), CareSetting::italianName);
    distinctAndNotBlank(MacroArea.values(), MacroArea::italianName);
    distinctAndNotBlank(ObjectiveKind.values(), ObjectiveKind::italianName);
    distinctAndNotBlank(MeasureKind.values(), MeasureKind::italianName);
    distinctAndNotBlank(Direction.values(), Direction::italianName);
    distinctAndNotBlank(LegalForm.values(), LegalForm::italianName);
    // ASL is its own plural; the others differ.
    distinctAndNotBlank(LegalForm.values(), LegalForm::italianPlural);
  }

  @Test
  void groupingsAndComuni_printAsCodeAndName() {
    Grouping g = Grouping.of("ambito-cremona", TerritoryKind.PLANNING_DISTRICT, "Ambito di Cremona");
    assertEquals("ambito-cremona (" + TerritoryKind.PLANNING_DISTRICT.italianName() + " Ambito di Cremona)",
        g.toString());
    assertEquals("019036 Cremona", Municipality.of(IstatCode.parse("019036"), "Cremona").toString());
  }

  @Test
  void fundsAndServices_needTheirNames() {
    Fund fnps = Fund.of("FNPS", "Fondo Nazionale Politiche Sociali", FundLevel.NATIONAL, false);
    assertEquals("FNPS", fnps.id());
    assertEquals(FundLevel.NATIONAL, fnps.level());
    assertEquals("fund needs an id and a name: ' ', 'x'",
        assertThrows(IllegalArgumentException.class, () -> Fund.of(" ", "x", FundLevel.LOCAL, true)).getMessage());
    assertEquals("fund needs an id and a name: 'x', ''",
        assertThrows(IllegalArgumentException.class, () -> Fund.of("x", "", FundLevel.LOCAL, true)).getMessage());
    List<Service> all = Services.all();
    assertFalse(all.isEmpty());
    assertEquals(all.size(), all.stream().map(Service::id).distinct().count());
    all.forEach(s -> assertEquals(s, Services.byId(s.id())));
    Service first = all.get(0);
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> Service.builder().from(first).id(" ").build());
    assertEquals("service id is blank ('" + first.italianName() + "')", blank.getMessage());
    IllegalArgumentException noArea = assertThrows(IllegalArgumentException.class,
        () -> Service.builder().from(first).userAreas(List.of()).build());
    assertEquals("service " + first.id() + " serves no area of users", noArea.getMessage());
  }
}
