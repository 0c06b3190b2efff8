/** Territories: comuni with their ISTAT codes, the groupings they belong to, and partitions of comuni. */
@SocialPlanStyle
package io.github.socialplan.core.territory;

import io.github.socialplan.core.SocialPlanStyle;
