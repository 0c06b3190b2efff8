/** Social-spending indicators and the comparison of a ratio across the comuni of a territory. */
package io.github.socialplan.indicators.spending;
