package org.injaz.committee.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.injaz.committee.BranchKey;
import org.injaz.committee.BranchLimits;
import org.injaz.committee.Candidate;
import org.injaz.committee.TextSummary;
import org.injaz.committee.CommitteeService;
import org.injaz.committee.process.CommitteeProcess.Var;

import org.springframework.stereotype.Component;

/**
 * Puts the branch's ranked candidates in front of the committee: a JSON list of
 * reference, title, entity and score, the same as readable text for the forms, the
 * checklist options and the branch's limits.
 */
@Component("rankNominationsDelegate")
class RankNominationsDelegate implements JavaDelegate {

	private final CommitteeService committee;

	RankNominationsDelegate(CommitteeService committee) {
		this.committee = committee;
	}

	@Override
	public void execute(DelegateExecution execution) {
		BranchKey branch = CommitteeProcess.branch(execution);
		List<Candidate> ranked = this.committee.ranked(branch);
		BranchLimits limits = this.committee.limits(branch);
		List<Map<String, Object>> list = new ArrayList<>();
		List<Map<String, String>> options = new ArrayList<>();
		for (Candidate candidate : ranked) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("reference", candidate.reference());
			entry.put("title", candidate.title());
			entry.put("entity", candidate.entity());
			entry.put("score", candidate.score());
			list.add(entry);
			options.add(Map.of("value", candidate.reference(), "label", label(candidate)));
		}
		execution.setVariable(Var.RANKED_NOMINATIONS, Spin.JSON(list));
		execution.setVariable(Var.CANDIDATE_OPTIONS, Spin.JSON(options));
		execution.setVariable(Var.RANKED_NOMINATIONS_TEXT, text(ranked));
		execution.setVariable(Var.HAS_CANDIDATES, !ranked.isEmpty());
		execution.setVariable(Var.MAX_WINNERS, limits.maxWinners());
		execution.setVariable(Var.MAX_FINALISTS, limits.maxFinalists());
	}

	private static String label(Candidate candidate) {
		return candidate.reference() + " · " + candidate.title() + " (" + candidate.score() + ")";
	}

	static String text(List<Candidate> ranked) {
		if (ranked.isEmpty()) {
			return "لا ترشيحات · No nominations";
		}
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			Candidate candidate = ranked.get(i);
			lines.add((i + 1) + ". " + candidate.reference() + " · " + candidate.title() + " · " + candidate.entity()
					+ " · " + candidate.score());
		}
		return TextSummary.of(lines);
	}

}
