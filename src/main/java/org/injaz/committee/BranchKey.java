package org.injaz.committee;

/**
 * One branch of one edition, the unit a committee decides on; printed as
 * {@code ACH-4-G2C}.
 */
public record BranchKey(String programmeCode, int editionNumber, String branchCode) {

	public BranchKey {
		if (programmeCode == null || programmeCode.isBlank() || branchCode == null || branchCode.isBlank()) {
			throw new IllegalArgumentException("A branch of an edition needs a programme and a branch code");
		}
	}

	@Override
	public String toString() {
		return this.programmeCode + "-" + this.editionNumber + "-" + this.branchCode;
	}

}
