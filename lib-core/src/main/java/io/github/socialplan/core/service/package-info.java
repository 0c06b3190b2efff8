/** Social services, the areas of users they serve, their care domain and setting. */
@SocialPlanStyle
package io.github.socialplan.core.service;

import io.github.socialplan.core.SocialPlanStyle;
