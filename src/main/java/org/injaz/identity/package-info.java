/**
 * Users and groups: Keycloak in the full stack, Camunda's own identity seeded from the
 * realm export otherwise.
 */
package org.injaz.identity;
