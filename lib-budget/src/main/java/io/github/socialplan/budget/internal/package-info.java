/** Exact integer arithmetic shared by the budget calculators; not part of the API. */
package io.github.socialplan.budget.internal;
