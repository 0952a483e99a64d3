/**
 * What every HTTP API of the product shares: RFC 9457 Problem Details for every error.
 */
package org.injaz.web;
