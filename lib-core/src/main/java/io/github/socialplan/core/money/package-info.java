/** Euro amounts at cent scale over {@link java.math.BigDecimal}, with every rounding named. */
package io.github.socialplan.core.money;
