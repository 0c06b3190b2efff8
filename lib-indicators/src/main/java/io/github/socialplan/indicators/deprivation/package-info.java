/** Material deprivation from ISTAT's 9 items (at least 3 lacking: deprived; at least 4: severely). */
package io.github.socialplan.indicators.deprivation;
