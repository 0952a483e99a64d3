/**
 * Process glue for reviews: reviewer suggestions and the separation-of-duties check at
 * assignment.
 */
package org.injaz.review.process;
