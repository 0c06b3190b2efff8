/**
 * The {@code socialplan} command line and its HTTP API (<i>riga di comando e API HTTP</i>): one runnable jar
 * whose commands and endpoints go through the same {@link io.github.socialplan.cli.Calculations}.
 */
package io.github.socialplan.cli;
