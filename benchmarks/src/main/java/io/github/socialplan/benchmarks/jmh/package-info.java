/**
 * JMH benchmarks of the library's public API on all-Italy data; run them from the shaded jar:
 * {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package io.github.socialplan.benchmarks.jmh;
