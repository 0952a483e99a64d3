package org.injaz.committee;

import java.util.List;

/**
 * The nominations of a branch that wait for the committee, best score first, and whether
 * the branch is ready for it.
 */
public interface CommitteeCandidates {

	List<Candidate> ranked(BranchKey branch);

	/** True when no nomination of the branch is still screened, clarified or reviewed. */
	boolean reviewsComplete(BranchKey branch);

}
