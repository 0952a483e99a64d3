/**
 * The public results API: no sign-in needed.
 */
package org.injaz.announcement.web;
