/** Planned versus actual (<i>previsione e consuntivo</i>): execution per line and year, and line series over the years. */
package io.github.socialplan.budget.execution;
