/**
 * The nominees' portal and the public results page: server-rendered pages over the same
 * application services as the API, Arabic first.
 */
package org.injaz.portal;
