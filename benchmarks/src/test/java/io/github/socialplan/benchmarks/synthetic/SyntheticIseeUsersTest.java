package io.github.socialplan.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticIseeUsersTest {

  private static final SyntheticIseeUsers USERS = SyntheticIseeUsers.of(SyntheticIseeUsers.DEFAULT_SEED);

  @Test
  void aUserDependsOnlyOnTheSeedAndItsId() {
    List<IseeUser> forward = new ArrayList<>();
    USERS.forEach(0, 2_000, forward::add);
    SyntheticIseeUsers again = SyntheticIseeUsers.of(SyntheticIseeUsers.DEFAULT_SEED);
    for (int id = 1_999; id >= 0; id--) { // another instance, backwards
      assertEquals(forward.get(id), again.user(id));
    }
    List<IseeUser> middle = new ArrayList<>();
    USERS.forEach(1_000, 1_010, middle::add);
    assertEquals(forward.subList(1_000, 1_010), middle);
    IseeUser other = SyntheticIseeUsers.of(7).user(5);
    assertTrue(!other.equals(forward.get(5)));
  }

  @Test
  void usersHaveValidAgesIseeServicesAndAmbiti() {
    Set<String> services = new HashSet<>();
    Set<String> ambiti = new HashSet<>();
    int zeroIsee = 0;
    for (long id = 0; id < 20_000; id++) {
      IseeUser u = USERS.user(id);
      assertEquals(2, u.isee().scale());
      assertTrue(u.isee().signum() >= 0 && u.isee().intValue() <= SyntheticIseeUsers.MAX_ISEE, u::toString);
      assertTrue(u.age() >= 0 && u.age() <= 100, u::toString);
      if (u.service().equals("sad")) {
        assertTrue(u.age() >= 65, u::toString);
      }
      if (u.service().equals("asilo_nido")) {
        assertTrue(u.age() <= 2, u::toString);
      }
      assertTrue(u.ambito().startsWith("A" + u.comune().substring(0, 3) + "-"), u::toString);
      services.add(u.service());
      ambiti.add(u.ambito());
      zeroIsee += u.isee().signum() == 0 ? 1 : 0;
    }
    assertEquals(new HashSet<>(SyntheticIseeUsers.SERVICES), services);
    int all = USERS.ambiti().size();
    assertTrue(all > 550 && all < 700, "about 600 ambiti: " + all);
    assertTrue(ambiti.size() > 500, "users spread over the ambiti: " + ambiti.size());
    assertTrue(zeroIsee > 800 && zeroIsee < 1_600, "about 6 % at ISEE 0: " + zeroIsee);
    assertThrows(IllegalArgumentException.class, () -> USERS.user(SyntheticIseeUsers.MAX_USERS));
    assertThrows(IllegalArgumentException.class, () -> USERS.forEach(5, 4, u -> { }));
  }
}
