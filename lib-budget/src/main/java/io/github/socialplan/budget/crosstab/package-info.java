/** Cross views of a plan (<i>tabelle incrociate</i>): budgets by area × fund and axis × year, actions by target group × instrument. */
package io.github.socialplan.budget.crosstab;
