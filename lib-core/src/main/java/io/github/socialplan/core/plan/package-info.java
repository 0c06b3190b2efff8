/** Plans (Piani di Zona and the like): period, thematic axes, actions, yearly budgets and targets. */
@SocialPlanStyle
package io.github.socialplan.core.plan;

import io.github.socialplan.core.SocialPlanStyle;
