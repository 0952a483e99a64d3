/**
 * The audit API: a nomination's trail, for coordinators and admins.
 */
package org.injaz.audit.web;
