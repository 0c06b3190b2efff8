/** Plan balance (quadratura del bilancio): line sums against published totals, shares and yearly changes. */
package io.github.socialplan.budget.balance;
