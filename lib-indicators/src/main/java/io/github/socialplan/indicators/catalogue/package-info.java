/** The catalogue of indicators: ids, Italian and English names, units, formulas, sources, cruscotto areas. */
@SocialPlanStyle
package io.github.socialplan.indicators.catalogue;

import io.github.socialplan.core.SocialPlanStyle;
