/**
 * Series over several years on one territory (<i>serie storiche</i>): populations of several years brought
 * onto the comuni of one reference date through the crosswalk of {@code io.github.socialplan.core.italy}
 * ({@link TerritorySeries}), their multi-year cruscotto, and the trend of every indicator of every territory
 * ({@link Trends}: change on the year before, compound annual growth, first and last years).
 */
package io.github.socialplan.indicators.series;
