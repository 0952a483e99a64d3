/**
 * The government, semi-government and private entities that nominate and are measured.
 */
package org.injaz.entity;
