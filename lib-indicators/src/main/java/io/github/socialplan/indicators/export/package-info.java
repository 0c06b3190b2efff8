/** Export of the cruscotto as CSV and JSON, numbers with Locale.ROOT. */
package io.github.socialplan.indicators.export;
