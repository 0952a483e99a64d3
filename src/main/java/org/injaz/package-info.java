/**
 * Injaz: case management for government e-services excellence awards.
 */
package org.injaz;
