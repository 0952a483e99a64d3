/**
 * The editions API: programmes' editions with their nomination windows (Hijri and
 * Gregorian), branches and criteria, for nominees choosing where to apply.
 */
package org.injaz.edition.web;
