/** Funds that finance social services, and their transfers to territories year by year. */
@SocialPlanStyle
package io.github.socialplan.core.fund;

import io.github.socialplan.core.SocialPlanStyle;
