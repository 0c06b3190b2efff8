/** Trends of fund transfers: year-on-year change, compound growth, variability, shares of each fund. */
package io.github.socialplan.indicators.transfers;
