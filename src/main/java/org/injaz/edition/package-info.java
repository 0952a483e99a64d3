/**
 * Award programmes, their branches and numbered editions with nomination windows.
 */
package org.injaz.edition;
