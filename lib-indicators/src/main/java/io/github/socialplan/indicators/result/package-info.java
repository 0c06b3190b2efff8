/** The value of an indicator: exact ratio, explicit undefined with its reason, display rounding. */
package io.github.socialplan.indicators.result;
