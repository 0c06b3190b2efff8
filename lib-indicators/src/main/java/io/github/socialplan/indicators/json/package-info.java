/**
 * The JSON of the indicator results (<i>JSON del cruscotto</i>): the rows of a cruscotto as
 * {@code socialplan indicators --format json} writes them, read back into Java values.
 */
package io.github.socialplan.indicators.json;
