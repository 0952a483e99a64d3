package org.injaz.edition.process;

import java.util.List;

import org.injaz.edition.AwardProgrammes;
import org.injaz.edition.Branch;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The branch codes of a programme: the collection of the edition process's per-branch
 * multi-instance, {@code ${editionBranches.codes(programmeCode)}}.
 */
@Component("editionBranches")
public class EditionBranches {

	private final AwardProgrammes programmes;

	EditionBranches(AwardProgrammes programmes) {
		this.programmes = programmes;
	}

	@Transactional(readOnly = true)
	public List<String> codes(String programmeCode) {
		return this.programmes.findByCode(programmeCode)
			.orElseThrow(() -> new IllegalArgumentException("No award programme " + programmeCode))
			.getBranches()
			.stream()
			.map(Branch::getCode)
			.toList();
	}

}
