/**
 * The committee of an edition's branch: the ranked candidates, each member's vote and the
 * chair's final decision within the branch's limits of winners and finalists.
 */
package org.injaz.committee;
