/** socialplan core: the immutable domain model of Italian social planning. */
package io.github.socialplan.core;
