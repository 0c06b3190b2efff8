/**
 * Charts of the library's results (<i>grafici</i>), drawn by JFreeChart and written as SVG (JFreeSVG) or PNG:
 * population pyramids, indicator trends against the parent territory, spending shares, revenues by fund,
 * planned against actual, and target progress.
 */
package io.github.socialplan.report.chart;
