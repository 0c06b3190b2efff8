/**
 * JSON for the domain values: {@link io.github.socialplan.core.json.SocialPlanModule} for Jackson, and
 * {@link io.github.socialplan.core.json.SocialPlanJson} to read untrusted input safely.
 */
package io.github.socialplan.core.json;
