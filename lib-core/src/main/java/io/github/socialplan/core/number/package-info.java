/** The bounds every decimal read from outside the library must respect, whatever the format. */
package io.github.socialplan.core.number;
