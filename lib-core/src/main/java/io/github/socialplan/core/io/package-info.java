/**
 * Reading real data files into socialplan types: ISTAT's population by age and sex per comune (POSAS),
 * lists of comuni with their residents, and partitions of comuni into groupings.
 */
package io.github.socialplan.core.io;
