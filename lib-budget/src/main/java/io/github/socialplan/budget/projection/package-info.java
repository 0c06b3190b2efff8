/** Multi-year projection of revenues from the last actuals (proiezione delle entrate) and scenario comparison. */
package io.github.socialplan.budget.projection;
