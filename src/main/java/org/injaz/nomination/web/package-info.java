/**
 * The nominations API ({@code /api/v1/nominations}): nominees submit and follow their own
 * nominations, coordinators and admins read all of them.
 */
package org.injaz.nomination.web;
