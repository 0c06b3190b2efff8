/** The monitoring dashboard (cruscotto): every applicable indicator for every territory of nested partitions. */
package io.github.socialplan.indicators.dashboard;
