/** Residents by single year of age and sex on 1 January, with foreign residents, births and deaths. */
package io.github.socialplan.core.population;
