/** Monitoring of a plan's targets (<i>monitoraggio</i>): progress, status on the path, yes/no outcomes. */
package io.github.socialplan.indicators.monitoring;
