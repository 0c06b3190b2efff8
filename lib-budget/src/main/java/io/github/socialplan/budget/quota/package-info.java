/** The quota capitaria: what each comune pays the managing body per resident, with per-comune exclusions. */
package io.github.socialplan.budget.quota;
