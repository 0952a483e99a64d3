/**
 * A nomination's files as the staff who work on it open them from Tasklist: who may (its
 * edition's coordinators, its reviewers, its branch's committee, admins) and the links
 * their task forms show.
 */
package org.injaz.casefile;
