/**
 * Budget arithmetic of a Piano di Zona: exact allocation, quote capitarie, the move to per-capita,
 * reallocation to targets, ISEE co-payments, plan balance and projections (DOMAIN.md sections 6 and 7).
 */
package io.github.socialplan.budget;
