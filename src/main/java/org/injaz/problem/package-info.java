/**
 * Refusals of the API with message codes, shared by every feature's controllers.
 */
package org.injaz.problem;
