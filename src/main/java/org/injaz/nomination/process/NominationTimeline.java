package org.injaz.nomination.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.injaz.audit.AuditEvent;
import org.injaz.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A nomination's story as its nominee and its coordinators read it: the milestones the
 * process passed (from the engine's history) and the actions of people on it (from the
 * audit trail). Nominees see the milestones and their own actions, never who reviewed.
 */
@Service
public class NominationTimeline {

	private static final String START = "@start";

	private static final String END = "@end";

	/** Activity id and whether it counts when reached (start) or passed (end). */
	private static final Map<String, Milestone> MILESTONES = Map.ofEntries(
			milestone("StartEvent_NominationSubmitted", "SUBMITTED", false, "تم تقديم الترشيح", "Nomination submitted"),
			milestone("Task_DecideEligibility", "ELIGIBILITY_CHECKED", true, "تم التحقق من الأهلية وفق القواعد",
					"Eligibility checked against the rules"),
			milestone("Task_ScreenNomination", "SCREENING", false, "قيد الفرز لدى المنسق",
					"Being screened by the coordinator"),
			milestone("Task_AnswerClarification", "CLARIFICATION_REQUESTED", false, "طُلب استيضاح من المرشِّح",
					"Clarification requested from the nominee"),
			milestone("Task_RecordClarificationAnswer", "CLARIFICATION_ANSWERED", true, "تم الرد على الاستيضاح",
					"Clarification answered"),
			milestone("EndEvent_ClarificationExpired", "CLARIFICATION_EXPIRED", false, "انتهت مهلة الاستيضاح دون رد",
					"No answer to the clarification in time"),
			milestone("CatchEvent_NominationWindowClosed", "AWAITING_REVIEW", false,
					"مؤهل: يبدأ تقييم الخبراء عند إغلاق باب الترشيح",
					"Eligible: expert review starts when the nomination window closes"),
			milestone("CatchEvent_NominationWindowClosed", "WINDOW_CLOSED", true, "أُغلق باب الترشيح",
					"Nomination window closed"),
			milestone("Task_AssignReviewers", "IN_REVIEW", false, "بدأ تقييم الخبراء: تعيين المقيّمين",
					"Expert review under way: reviewers being assigned"),
			milestone("Task_RecordReviewerAssignment", "REVIEWERS_ASSIGNED", true, "عُيّن المقيّمون",
					"Reviewers assigned"),
			milestone("Task_AggregateScores", "REVIEWS_COMPLETE", true, "اكتمل تقييم الخبراء",
					"Expert reviews completed"),
			milestone("Task_NotifyBranchReviewsComplete", "AWAITING_COMMITTEE", true, "بانتظار قرار اللجنة",
					"Awaiting the committee's decision"),
			milestone("CatchEvent_CommitteeDecided", "DECIDED", true, "صدر قرار اللجنة", "The committee decided"),
			milestone("EndEvent_NominationWithdrawn", "WITHDRAWN", false, "سُحب الترشيح", "Nomination withdrawn"),
			milestone("EndEvent_RulesIneligible", "INELIGIBLE", false, "الترشيح غير مؤهل",
					"Nomination found ineligible"),
			milestone("EndEvent_ScreenedIneligible", "INELIGIBLE", false, "الترشيح غير مؤهل",
					"Nomination found ineligible"),
			milestone("EndEvent_NominationIneligible", "INELIGIBLE", false, "الترشيح غير مؤهل",
					"Nomination found ineligible"),
			milestone("CatchEvent_ResultsAnnounced", "ANNOUNCED", true, "أُعلنت النتائج", "Results announced"));

	private static final Map<String, String[]> ACTIONS = Map.of("NOMINATION_SUBMITTED",
			new String[] { "قدّم الترشيح", "Submitted the nomination" }, "NOMINATION_WITHDRAWN",
			new String[] { "طلب سحب الترشيح", "Asked to withdraw the nomination" }, "CLARIFICATION_ANSWERED",
			new String[] { "رد على الاستيضاح", "Answered the clarification" }, "TASK_ASSIGNED",
			new String[] { "أُسندت مهمة", "Task assigned" }, "TASK_COMPLETED",
			new String[] { "أُنجزت مهمة", "Task completed" });

	private final HistoryService history;

	private final AuditTrail audit;

	/**
	 * The milestones' activity instances of the nomination's process, in one query: the
	 * engine's own queries need the process instance first and then map every activity it
	 * passed, about four times as many. In the order they ran, so that milestones of the
	 * same millisecond keep it.
	 */
	private final String milestonesSql;

	NominationTimeline(HistoryService history, ManagementService management, AuditTrail audit) {
		this.history = history;
		this.audit = audit;
		String activityIds = MILESTONES.keySet()
			.stream()
			.map((key) -> "'" + key.substring(0, key.lastIndexOf('@')) + "'")
			.distinct()
			.sorted()
			.collect(Collectors.joining(", "));
		this.milestonesSql = "select A.* from " + management.getTableName(HistoricActivityInstance.class) + " A join "
				+ management.getTableName(HistoricProcessInstance.class) + " P on P.ID_ = A.PROC_INST_ID_"
				+ " where P.BUSINESS_KEY_ = #{reference} and P.PROC_DEF_KEY_ = #{processKey} and A.ACT_ID_ in ("
				+ activityIds + ") order by A.START_TIME_, A.SEQUENCE_COUNTER_";
	}

	/**
	 * The entries, oldest first. With a nominee, only what a nominee may know: milestones
	 * and their own actions, without details.
	 */
	@Transactional(readOnly = true)
	public List<Entry> of(String reference, String nominee) {
		List<Entry> entries = new ArrayList<>();
		for (HistoricActivityInstance activity : this.history.createNativeHistoricActivityInstanceQuery()
			.sql(this.milestonesSql)
			.parameter("reference", reference)
			.parameter("processKey", NominationProcess.KEY)
			.list()) {
			add(entries, MILESTONES.get(activity.getActivityId() + START), activity.getStartTime());
			add(entries, MILESTONES.get(activity.getActivityId() + END), activity.getEndTime());
		}
		for (AuditEvent event : this.audit.of(reference)) {
			if (nominee != null && !nominee.equals(event.getActor())) {
				continue;
			}
			String[] labels = ACTIONS.getOrDefault(event.getAction(),
					new String[] { event.getAction(), event.getAction() });
			entries.add(new Entry(event.getOccurredAt(), "ACTION", event.getAction(), labels[0], labels[1],
					event.getActor(), (nominee != null) ? null : event.getDetail()));
		}
		entries.sort(Comparator.comparing(Entry::at).thenComparing((entry) -> entry.source().equals("ACTION")));
		return withoutRepeats(entries);
	}

	private static void add(List<Entry> entries, Milestone milestone, Date at) {
		if (milestone != null && at != null) {
			entries.add(new Entry(at.toInstant(), "MILESTONE", milestone.kind(), milestone.arabic(),
					milestone.english(), null, null));
		}
	}

	/** One milestone reached twice in a row (moderation, an error end) shows once. */
	private static List<Entry> withoutRepeats(List<Entry> entries) {
		List<Entry> result = new ArrayList<>();
		String lastMilestone = null;
		for (Entry entry : entries) {
			if (entry.source().equals("MILESTONE")) {
				if (entry.kind().equals(lastMilestone)) {
					continue;
				}
				lastMilestone = entry.kind();
			}
			result.add(entry);
		}
		return result;
	}

	private static Map.Entry<String, Milestone> milestone(String activityId, String kind, boolean atEnd, String arabic,
			String english) {
		return Map.entry(activityId + (atEnd ? END : START), new Milestone(kind, arabic, english));
	}

	private record Milestone(String kind, String arabic, String english) {
	}

	/**
	 * One line of the timeline: a process milestone or a person's action (with the actor
	 * and detail for staff).
	 */
	public record Entry(Instant at, String source, String kind, String labelAr, String labelEn, String actor,
			String detail) {
	}

}
