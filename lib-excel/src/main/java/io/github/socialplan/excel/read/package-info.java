/**
 * Reading the sheets of XLSX workbooks (<i>lettura di cartelle di lavoro</i>) as table rows that the core
 * readers check exactly as they check CSV files, streaming and within set limits.
 */
package io.github.socialplan.excel.read;
