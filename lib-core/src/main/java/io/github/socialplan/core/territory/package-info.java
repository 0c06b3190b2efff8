/** Territories: comuni with their ISTAT codes, the groupings they belong to, and partitions of comuni. */
package io.github.socialplan.core.territory;
