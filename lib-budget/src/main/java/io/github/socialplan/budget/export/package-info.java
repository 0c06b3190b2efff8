/** CSV and JSON export of the budget reports (allocations, quote capitarie, balances, transition paths). */
package io.github.socialplan.budget.export;
