/**
 * Spreadsheets in and out (<i>fogli di calcolo</i>): the library's tables read from and written to XLSX
 * workbooks, through Apache POI, kept out of the library modules.
 */
package io.github.socialplan.excel;
