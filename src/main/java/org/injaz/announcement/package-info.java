/**
 * Announcement: the winners and finalists the public may see once an edition's results
 * are announced.
 */
package org.injaz.announcement;
