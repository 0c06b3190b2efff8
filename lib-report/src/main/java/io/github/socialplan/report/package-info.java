/**
 * Reports people can look at: charts ({@code chart}) and a printable, self-contained HTML report
 * ({@code html}) of a territory's cruscotto and of a plan, in Italian or English ({@link
 * io.github.socialplan.report.Language}).
 */
package io.github.socialplan.report;
