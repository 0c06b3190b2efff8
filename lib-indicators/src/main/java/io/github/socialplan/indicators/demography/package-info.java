/** Socio-demographic indicators (vecchiaia, dipendenza, età media, natalità...) of a population. */
package io.github.socialplan.indicators.demography;
