/**
 * The territory of Italy through time (<i>comuni d'Italia e loro variazioni</i>): an embedded, dated registry
 * of every comune since 1861 from ANPR's archive of comuni ({@link ItalyRegistry}), its provinces and
 * regions as ready-made partitions, ISTAT's file of administrative changes since 1991
 * ({@link VariationsReader}), and the crosswalk of per-comune values between the territories of two dates
 * ({@link Crosswalk}).
 *
 * <p>Data: "Archivio storico dei comuni" of ANPR (Anagrafe Nazionale della Popolazione Residente, Ministero
 * dell'Interno), licence CC BY 4.0; ISTAT's resident population of the comuni on 1 January 2022 (CC BY 4.0)
 * for the names of provinces and regions.
 */
package io.github.socialplan.core.italy;
