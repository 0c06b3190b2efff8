/**
 * The JSON of the budget calculations (<i>JSON dei calcoli di bilancio</i>): weights, bounds and
 * allocations as values, and the requests that the command line and the HTTP API take.
 */
package io.github.socialplan.budget.json;
