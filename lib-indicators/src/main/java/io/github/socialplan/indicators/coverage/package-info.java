/** Coverage of services: users over the target population. */
package io.github.socialplan.indicators.coverage;
