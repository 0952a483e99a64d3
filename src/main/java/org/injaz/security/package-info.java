/**
 * Who may reach what: the web and API security of both identity modes.
 */
package org.injaz.security;
