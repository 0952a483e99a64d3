package org.injaz.committee;

/**
 * How many winners and finalists the committee may name in a branch.
 */
public record BranchLimits(int maxWinners, int maxFinalists) {

}
