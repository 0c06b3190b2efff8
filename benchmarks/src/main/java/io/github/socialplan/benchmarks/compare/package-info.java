/** socialplan side by side with a pandas script on the same file: timing and a cross-language checksum. */
package io.github.socialplan.benchmarks.compare;
