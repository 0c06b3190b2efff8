/** A deterministic synthetic all-Italy population and its POSAS file in ISTAT's exact format. */
package io.github.socialplan.benchmarks.synthetic;
