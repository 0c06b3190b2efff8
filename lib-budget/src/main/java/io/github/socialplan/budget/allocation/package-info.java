/** Exact allocation of an amount among recipients by weights (riparto), to the cent, and divisor methods. */
package io.github.socialplan.budget.allocation;
