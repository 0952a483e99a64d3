/**
 * Expert review: who may review or judge a nomination (separation of duties), and review
 * scores.
 */
package org.injaz.review;
