/** Social workers: full-time equivalents, residents per worker, the 1:5,000 essential level and its contribution. */
package io.github.socialplan.indicators.workforce;
