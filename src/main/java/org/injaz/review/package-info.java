/**
 * Expert review: who may review or judge a nomination (separation of duties), the
 * reviews, their weighted scores and how they add up.
 */
package org.injaz.review;
