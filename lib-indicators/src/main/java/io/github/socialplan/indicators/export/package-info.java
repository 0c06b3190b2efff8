/** Export of the cruscotto as CSV and JSON, and reading the CSV back; numbers with Locale.ROOT. */
package io.github.socialplan.indicators.export;
