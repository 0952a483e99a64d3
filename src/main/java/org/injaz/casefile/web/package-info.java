/**
 * Downloads of a nomination's files for staff, over the web session of the webapps, so
 * that links in Tasklist's forms work as plain browser navigations.
 */
package org.injaz.casefile.web;
