/** Benchmarks of socialplan: JMH suites and the side-by-side with a pandas script. Never deployed. */
package io.github.socialplan.benchmarks;
