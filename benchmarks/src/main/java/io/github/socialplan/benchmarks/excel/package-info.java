/** The all-Italy cruscotto written to and read from an XLSX workbook, timed (<i>cruscotto in Excel</i>). */
package io.github.socialplan.benchmarks.excel;
