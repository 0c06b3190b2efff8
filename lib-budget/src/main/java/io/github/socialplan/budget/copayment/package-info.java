/** ISEE co-payment schedules (compartecipazione dell'utente al costo dei servizi) and their totals. */
package io.github.socialplan.budget.copayment;
