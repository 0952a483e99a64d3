package org.injaz.committee;

import java.util.List;

/**
 * The nominations of a branch that wait for the committee, best score first.
 */
public interface CommitteeCandidates {

	List<Candidate> ranked(BranchKey branch);

}
