/**
 * Writing the library's tables as XLSX workbooks (<i>scrittura di cartelle di lavoro</i>) that a person can
 * open and check: number formats, frozen headers, totals as live formulas next to the library's own.
 */
package io.github.socialplan.excel.write;
