/**
 * A printable, self-contained HTML report (<i>report</i>) of a territory's cruscotto and of a plan: sections
 * of tables and charts, rendered through a Mustache template with inline CSS and inline SVG.
 */
package io.github.socialplan.report.html;
