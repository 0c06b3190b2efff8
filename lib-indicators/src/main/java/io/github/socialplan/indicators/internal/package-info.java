/**
 * Exact arithmetic shared by the indicator calculators. Not part of the API: its types are public only so
 * that the other packages of socialplan-indicators can use them, they may change in any release, and the
 * published Javadoc leaves this package out (every package named {@code internal} is excluded).
 */
package io.github.socialplan.indicators.internal;
