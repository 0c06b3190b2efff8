package io.github.socialplan.benchmarks.synthetic;

import java.math.BigDecimal;

/**
 * One synthetic user of a social service with an ISEE declaration (<i>utente con DSU</i>).
 *
 * @param id the user's number, {@code 0..count-1}
 * @param comune the ISTAT-looking code of the comune of residence
 * @param ambito the id of the comune's ambito territoriale, {@code A<province>-<nn>}
 * @param age the age in whole years, 0..100
 * @param isee the ISEE in euro, scale 2, {@code >= 0}
 * @param service the service used, one of {@link SyntheticIseeUsers#SERVICES}
 */
public record IseeUser(long id, String comune, String ambito, int age, BigDecimal isee, String service) {}
