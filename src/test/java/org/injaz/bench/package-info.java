/**
 * The benchmark harness (docs/performance.md): pgbench, a raw Camunda engine and the
 * product on the same PostgreSQL, in one JVM.
 */
package org.injaz.bench;
