/** The gradual move from historical amounts to per-capita targets (dalla spesa storica alla quota capitaria). */
package io.github.socialplan.budget.transition;
