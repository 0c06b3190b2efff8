/** Reallocation to target shares with the least movement, within floors and ceilings (riequilibrio). */
package io.github.socialplan.budget.reallocation;
