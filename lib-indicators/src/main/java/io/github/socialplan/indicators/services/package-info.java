/**
 * Services, their users and their coverage (<i>servizi, utenti e copertura</i>): tables of users, municipal
 * spending and co-payment per service and comune, their sums per area of users and per grouping, the cost
 * per user, the co-payment incidence and the coverage of the service's target population.
 */
package io.github.socialplan.indicators.services;
