/**
 * Refusals shared by every feature: of the product's API, with message codes, and of a
 * case's steps, which the engine's REST API answers as bad requests.
 */
package org.injaz.problem;
