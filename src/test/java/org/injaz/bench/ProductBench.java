package org.injaz.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.injaz.InjazApplication;
import org.injaz.committee.process.CommitteeProcess;
import org.injaz.edition.AwardProgramme;
import org.injaz.edition.AwardProgrammes;
import org.injaz.edition.Branch;
import org.injaz.edition.CriterionSpec;
import org.injaz.edition.Edition;
import org.injaz.edition.EditionCoordinators;
import org.injaz.edition.Editions;
import org.injaz.edition.NominatorKind;
import org.injaz.edition.process.EditionLifecycle;
import org.injaz.edition.process.EditionProcess;
import org.injaz.nomination.EntityType;
import org.injaz.nomination.NominationOutcome;
import org.injaz.nomination.NominationService;
import org.injaz.nomination.NominationStatus;
import org.injaz.nomination.NominationSubmission;
import org.injaz.nomination.process.NominationProcess;
import org.injaz.nomination.process.NominationProcess.Var;
import org.injaz.process.TasklistFilters;
import org.injaz.review.ReviewService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The product, booted in this JVM with profile {@code postgres} on its own database and
 * port, and driven as its users drive it: nominees through the nominations API, staff
 * through the REST queries and form submissions of Tasklist (HTTP Basic against the
 * embedded identity). Only the seeding of the data at scale calls the product's services
 * directly, in batches.
 */
final class ProductBench implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ProductBench.class);

	static final int PORT = Integer.getInteger("injaz.bench.port", 18090);

	private static final String DEMO = "demo";

	private static final String BENCH_PASSWORD = "bench";

	private static final String COORDINATOR = "coordinator";

	private static final String ADMIN = "admin";

	private static final String NOMINEE = "nominee1";

	private static final String CHAIR = "committee1";

	/**
	 * The Achievement Award's branches a government entity or an individual can enter.
	 */
	private static final List<String> LIFECYCLE_BRANCHES = List.of("G2C", "G2B", "G2G", "EPART", "MOBILE", "INDIV");

	/** The bench programme's branches with reviews; LEAD holds the screenings. */
	private static final List<String> SCALE_BRANCHES = List.of("G2C", "G2B", "G2G", "EPART", "MOBILE");

	static final String SCALE_PROGRAMME = "BNCH";

	private static final int REVIEWERS_PER_BRANCH = 20;

	/**
	 * Ten per branch: with some thirty nominations in a branch the committee's vote tally
	 * outgrows a string variable (4,000 characters) and the vote fails
	 * (docs/performance.md).
	 */
	static final int NOMINATIONS_PER_EDITION = 60;

	/** How often a bulk step's progress is counted (its figure is tens of seconds). */
	private static final String MY_REVIEWS_LIST = "reviewer: My reviews";

	private static final String SCREENING_LIST = "coordinator: Screening";

	/** Rounds over which the JIT compiler's share of the wall time is taken. */
	private static final int JIT_WINDOW = 50;

	/** The JIT has settled when it compiles for less than this share of the wall time. */
	private static final double JIT_SETTLED = 0.05;

	private static final Duration BULK_POLL = Duration.ofMillis(500);

	private final ConfigurableApplicationContext context;

	private final Rest rest = new Rest("http://localhost:" + PORT);

	private final double startSeconds;

	private final Map<String, String> filters = new LinkedHashMap<>();

	private final TransactionTemplate transactions;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final JdbcTemplate jdbc;

	private ProductBench(ConfigurableApplicationContext context, double startSeconds) {
		this.context = context;
		this.startSeconds = startSeconds;
		this.transactions = context.getBean(TransactionTemplate.class);
		this.taskService = context.getBean(TaskService.class);
		this.runtimeService = context.getBean(RuntimeService.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		context.getBean(FilterService.class)
			.createFilterQuery()
			.list()
			.forEach((filter) -> this.filters.put(filter.getName(), filter.getId()));
	}

	/** Starts the product and waits until its health endpoint says UP. */
	static ProductBench boot() {
		long start = System.nanoTime();
		// Command-line arguments, so that they win over the environment and
		// application.yml.
		List<String> arguments = new ArrayList<>(List.of("--server.port=" + PORT,
				"--spring.datasource.url=" + Postgres.url(Postgres.PRODUCT_DB),
				"--spring.datasource.username=" + Postgres.USER, "--spring.datasource.password=" + Postgres.PASSWORD,
				"--injaz.demo-data=true", "--spring.main.banner-mode=off", "--logging.level.org.camunda=warn",
				"--logging.level.org.springframework=warn", "--logging.level.org.hibernate=warn",
				"--logging.level.org.injaz=warn", "--logging.level.org.injaz.bench=info",
				"--logging.level.com.zaxxer=warn"));
		// More settings for a run, e.g. a logger that shows the SQL of the task queries.
		String extra = System.getProperty("injaz.bench.product-args", "");
		if (!extra.isBlank()) {
			arguments.addAll(List.of(extra.split(",")));
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(InjazApplication.class)
			.profiles("postgres")
			.run(arguments.toArray(String[]::new));
		Rest probe = new Rest("http://localhost:" + PORT);
		Parallel.await("the product's health", Duration.ofMinutes(2), () -> healthy(probe));
		ProductBench bench = new ProductBench(context, Parallel.seconds(start));
		bench.createReviewers();
		return bench;
	}

	/** Whether the product's health says UP (false while it cannot answer yet). */
	static boolean healthy(Rest probe) {
		try {
			return "UP".equals(probe.get(ADMIN, DEMO, "/actuator/health").path("status").asText());
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	Rest rest() {
		return this.rest;
	}

	double startSeconds() {
		return this.startSeconds;
	}

	// ---------------------------------------------------------------- lifecycles

	/**
	 * {@code count} lifecycles in editions of at most {@link #NOMINATIONS_PER_EDITION},
	 * one after the other, added to {@code figures}.
	 */
	void lifecycles(int firstEdition, int count, LifecycleFigures figures, int threads, boolean countTransactions) {
		long transactionsBefore = countTransactions ? settledTransactions() : 0;
		CpuTime cpuBefore = CpuTime.now();
		long start = System.nanoTime();
		int edition = firstEdition;
		for (int done = 0; done < count; done += NOMINATIONS_PER_EDITION) {
			edition(edition++, Math.min(NOMINATIONS_PER_EDITION, count - done), threads, figures);
		}
		double seconds = Parallel.seconds(start);
		figures.add(count, seconds, CpuTime.now().since(cpuBefore));
		if (countTransactions) {
			figures.addTransactions(count, settledTransactions() - transactionsBefore);
		}
	}

	/**
	 * The database's committed transactions, after closing the idle connections: a
	 * PostgreSQL backend reports its counts at most once a second, and at the latest when
	 * it ends.
	 */
	private long settledTransactions() {
		evictIdleConnections();
		return Postgres.committedTransactions(Postgres.PRODUCT_DB);
	}

	/**
	 * {@code count} nominations of a new Achievement Award edition, from submission to
	 * announcement, with the edition's own steps in between: the window closes for all,
	 * each branch's committee votes and its chair decides, a coordinator announces.
	 */
	private void edition(int edition, int count, int threads, LifecycleFigures figures) {
		Latencies latencies = figures.latencies();
		String editionKey = NominationProcess.editionKey("ACH", edition);
		figures.phase("edition opened", () -> createEdition("ACH", edition, false));
		List<Integer> indexes = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			indexes.add(i);
		}
		Map<Integer, String> references = new ConcurrentHashMap<>();
		Map<String, List<String>> byBranch = new ConcurrentHashMap<>();

		figures.phase("submission", () -> Parallel.forEach(threads, indexes, (index) -> {
			String branch = LIFECYCLE_BRANCHES.get(index % LIFECYCLE_BRANCHES.size());
			JsonNode created = latencies.time("submit",
					() -> this.rest.post(NOMINEE, DEMO, "/api/v1/nominations", submission(edition, index, branch)));
			String reference = created.path("reference").asText();
			references.put(index, reference);
			byBranch.computeIfAbsent(branch, (key) -> new CopyOnWriteArrayList<>()).add(reference);
			latencies.run("nomination read", () -> this.rest.get(NOMINEE, DEMO, "/api/v1/nominations/" + reference));
		}));

		// Until every nomination is in review: the window-closed message reaches them in
		// a batch, on the job executor.
		figures.phase("window close", () -> {
			String editionInstance = this.runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(EditionProcess.KEY)
				.processInstanceBusinessKey(editionKey)
				.singleResult()
				.getId();
			latencies.run("window close (edition)", () -> {
				closeWindow(editionInstance);
				Parallel.await(count + " nominations in review", Duration.ofMinutes(5),
						() -> nominationsIn("ACH", edition, NominationStatus.IN_REVIEW) == count);
			});
		});

		figures.phase("reviews", () -> Parallel.forEach(threads, indexes, (index) -> {
			String reference = references.get(index);
			String branch = LIFECYCLE_BRANCHES.get(index % LIFECYCLE_BRANCHES.size());
			String assignment = firstTask(latencies, COORDINATOR, DEMO, TasklistFilters.REVIEWER_ASSIGNMENT,
					Map.of("processInstanceBusinessKey", reference));
			List<String> reviewers = reviewers(branch, index, 3);
			latencies.run("task completion", () -> {
				claim(COORDINATOR, DEMO, assignment);
				submitForm(COORDINATOR, DEMO, assignment, Map.of(Var.REVIEWERS, Rest.jsonVariable(reviewers)));
			});
			for (String reviewer : reviewers) {
				String review = firstTask(latencies, reviewer, BENCH_PASSWORD, TasklistFilters.MY_REVIEWS,
						Map.of("processInstanceBusinessKey", reference));
				latencies.run("task completion", () -> submitForm(reviewer, BENCH_PASSWORD, review, scores()));
			}
			latencies.run("nomination read",
					() -> this.rest.get(COORDINATOR, DEMO, "/api/v1/nominations/" + reference));
		}));

		// Each branch's committee: every member votes, the chair decides.
		figures.phase("committees", () -> Parallel.forEach(threads, new ArrayList<>(byBranch.keySet()), (branch) -> {
			String committeeKey = editionKey + "-" + branch;
			List<String> ranked = byBranch.get(branch).stream().sorted().toList();
			List<String> members = "LEAD".equals(branch) ? List.of(CHAIR) : List.of(CHAIR, "committee2");
			awaitTasks(committeeKey, CommitteeProcess.TASK_CAST_VOTE, members.size());
			for (String member : members) {
				String vote = firstTask(latencies, member, DEMO, TasklistFilters.COMMITTEE_VOTES,
						Map.of("processInstanceBusinessKey", committeeKey));
				latencies.run("task completion",
						() -> submitForm(member, DEMO, vote,
								Map.of(CommitteeProcess.Var.VOTE_WINNERS, Rest.jsonVariable(ranked.subList(0, 1)),
										CommitteeProcess.Var.VOTE_FINALISTS, Rest.jsonVariable(List.of()))));
			}
			awaitTasks(committeeKey, CommitteeProcess.TASK_FINALISE, 1);
			String decision = firstTask(latencies, CHAIR, DEMO, TasklistFilters.DECISIONS_TO_FINALISE,
					Map.of("processInstanceBusinessKey", committeeKey));
			latencies.run("task completion", () -> {
				claim(CHAIR, DEMO, decision);
				submitForm(CHAIR, DEMO, decision,
						Map.of(CommitteeProcess.Var.WINNERS, Rest.jsonVariable(ranked.subList(0, 1)),
								CommitteeProcess.Var.FINALISTS,
								Rest.jsonVariable(ranked.subList(1, Math.min(4, ranked.size())))));
			});
		}));

		// The committees tell their nominations asynchronously; then a coordinator
		// announces.
		figures.phase("announcement", () -> {
			awaitTasks(editionKey, EditionProcess.TASK_ANNOUNCE, 1);
			String announce = firstTask(latencies, COORDINATOR, DEMO, TasklistFilters.ANNOUNCEMENTS,
					Map.of("processInstanceBusinessKey", editionKey));
			latencies.run("announce (edition)", () -> announce(announce));
			Parallel.await(count + " nominations announced", Duration.ofMinutes(5),
					() -> nominationsIn("ACH", edition, NominationStatus.ANNOUNCED) == count);
		});
	}

	// ---------------------------------------------------------------- scale

	/**
	 * Real engine state at scale, made by the real models in batched transactions: each
	 * nomination is registered in the domain and its process started where it waits
	 * (process-instance modification), with the variables registration gives it. The
	 * first edition's nominations wait for the window, which closes through the REST API
	 * (the bulk figure), and then get their experts by the coordinators' task being
	 * completed; the other editions' nominations start in review with their experts
	 * assigned in the domain ({@code reviewersPerNomination} reviews each), or at
	 * screening. The submission path itself is measured by the lifecycles.
	 */
	Map<String, Object> seedScale(BenchSettings settings) {
		createScaleProgramme(settings.reviewersPerNomination());
		int editions = (settings.scaleNominations() + settings.editionSize() - 1) / settings.editionSize();
		List<Seed> seeds = new ArrayList<>();
		for (int i = 0; i < settings.scaleNominations(); i++) {
			int edition = 1 + i / settings.editionSize();
			boolean screening = i >= settings.reviewNominations();
			String branch = screening ? "LEAD" : SCALE_BRANCHES.get(i % SCALE_BRANCHES.size());
			seeds.add(new Seed(edition, i + 1, branch, screening));
		}
		for (int edition = 1; edition <= editions; edition++) {
			createEdition(SCALE_PROGRAMME, edition, false);
		}
		Map<String, Object> figures = new LinkedHashMap<>();
		long start = System.nanoTime();
		NominationService nominations = this.context.getBean(NominationService.class);
		ReviewService reviews = this.context.getBean(ReviewService.class);
		Map<Seed, String> references = new ConcurrentHashMap<>();
		Parallel.forEach(settings.seedThreads(), batches(seeds, settings.seedBatch()),
				(batch) -> this.transactions.executeWithoutResult((status) -> batch.forEach((seed) -> {
					String reference = register(nominations, seed,
							(seed.screening() ? "Bench screening entity " : "Bench entity ") + seed.index(),
							"https://bench.example/bnch/" + seed.index());
					references.put(seed, reference);
					Map<String, Object> variables = variables(seed, reference);
					String waitAt;
					if (seed.screening()) {
						variables.put(Var.ELIGIBILITY, "NEEDS_SCREENING");
						waitAt = NominationProcess.TASK_SCREEN;
					}
					else if (seed.edition() == 1) {
						variables.put(Var.ELIGIBILITY, "ELIGIBLE");
						variables.put(Var.NOMINATION_WINDOW_CLOSED, false);
						waitAt = "CatchEvent_NominationWindowClosed";
					}
					else {
						variables.put(Var.ELIGIBILITY, "ELIGIBLE");
						nominations.moveTo(reference, NominationStatus.IN_REVIEW);
						reviews.assign(reference,
								reviewers(seed.branch(), seed.index(), settings.reviewersPerNomination()));
						waitAt = "SubProcess_ReviewNomination#multiInstanceBody";
					}
					this.runtimeService.createProcessInstanceByKey(NominationProcess.KEY)
						.businessKey(reference)
						.setVariables(variables)
						.startBeforeActivity(waitAt)
						.execute();
				})));
		figures.put("startSeconds", Latencies.round(Parallel.seconds(start)));
		freshStatistics();

		String firstEdition = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(EditionProcess.KEY)
			.processInstanceBusinessKey(NominationProcess.editionKey(SCALE_PROGRAMME, 1))
			.singleResult()
			.getId();
		long closeStart = System.nanoTime();
		closeWindow(firstEdition);
		int closing = (int) seeds.stream().filter((seed) -> !seed.screening() && seed.edition() == 1).count();
		Parallel.await(closing + " nominations in review", Duration.ofMinutes(5), BULK_POLL,
				() -> nominationsIn(SCALE_PROGRAMME, 1, NominationStatus.IN_REVIEW) == closing);
		figures.put("editionCloseSeconds", Latencies.round(Parallel.seconds(closeStart)));
		figures.put("editionCloseNominations", nominationsIn(SCALE_PROGRAMME, 1, NominationStatus.IN_REVIEW));

		long assignStart = System.nanoTime();
		List<Seed> toAssign = seeds.stream().filter((seed) -> !seed.screening() && seed.edition() == 1).toList();
		Parallel.forEach(settings.seedThreads(), batches(toAssign, settings.seedBatch()),
				(batch) -> this.transactions.executeWithoutResult((status) -> batch.forEach((seed) -> {
					Task task = this.taskService.createTaskQuery()
						.processInstanceBusinessKey(references.get(seed))
						.taskDefinitionKey(NominationProcess.TASK_ASSIGN_REVIEWERS)
						.singleResult();
					this.taskService.claim(task.getId(), COORDINATOR);
					this.taskService.complete(task.getId(), Map.of(Var.REVIEWERS,
							Spin.JSON(reviewers(seed.branch(), seed.index(), settings.reviewersPerNomination()))));
				})));
		figures.put("assignSeconds", Latencies.round(Parallel.seconds(assignStart)));
		figures.put("seedSeconds", Latencies.round(Parallel.seconds(start)));
		figures.put("nominations", this.jdbc.queryForObject("select count(*) from nomination", Integer.class));
		figures.put("openTasks", this.taskService.createTaskQuery().count());
		long vacuumStart = System.nanoTime();
		settledTables();
		figures.put("vacuumSeconds", Latencies.round(Parallel.seconds(vacuumStart)));
		return figures;
	}

	/**
	 * As autovacuum would after so many rows, before a measured step: in the product the
	 * nominations wait days for a window to close or results to be announced, here
	 * seconds. Without it the planner still counted one subscription to the message that
	 * 5,000 nominations waited for, and found each one's among all of them (9 ms instead
	 * of 0.03 ms per correlation: 46 s of PostgreSQL's time in an announcement of 5,000).
	 */
	private void freshStatistics() {
		this.jdbc.execute("analyze");
	}

	/**
	 * The task lists are asked of tables that in use filled over weeks, long vacuumed by
	 * autovacuum (its insert threshold: 20 % of a table's rows). Seeded seconds before,
	 * their newest rows have no hint bits and their pages are not all-visible: each
	 * list's first reads set the hint bits (writing the pages again), and autovacuum's
	 * next rounds would run during the lists. Vacuum first, as autovacuum would have.
	 */
	private void settledTables() {
		this.jdbc.execute("vacuum (analyze)");
	}

	private static String register(NominationService nominations, Seed seed, String entity, String serviceUrl) {
		return nominations
			.register(new NominationSubmission(SCALE_PROGRAMME, seed.edition(), seed.branch(), NOMINEE, entity,
					EntityType.GOVERNMENT, "Bench service " + seed.index(), "Seeded by the benchmark", serviceUrl))
			.getReference();
	}

	/** The process variables that registration and eligibility give a nomination. */
	private static Map<String, Object> variables(Seed seed, String reference) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(Var.NOMINATION_REFERENCE, reference);
		variables.put(Var.PROGRAMME_CODE, SCALE_PROGRAMME);
		variables.put(Var.EDITION_NUMBER, seed.edition());
		variables.put(Var.BRANCH_CODE, seed.branch());
		variables.put(Var.NOMINEE, NOMINEE);
		variables.put(Var.ENTITY_TYPE, EntityType.GOVERNMENT.name());
		variables.put(Var.TITLE, "Bench service " + seed.index());
		variables.put(Var.COORDINATOR_GROUP, EditionCoordinators.group(SCALE_PROGRAMME, seed.edition()));
		return variables;
	}

	/** The statements the product runs on each new database connection. */
	String sessionSql() {
		return this.context.getEnvironment().getProperty("spring.datasource.hikari.connection-init-sql");
	}

	/**
	 * A reviewer's "My reviews" and a coordinator's "Screening" list, first page of 50 by
	 * due date, as Tasklist asks for them over REST.
	 */
	Map<String, Object> taskLists(BenchSettings settings) {
		// The bench programme's experts with open reviews, the busiest first.
		List<String> reviewers = this.jdbc.queryForList("""
				select r.reviewer from review r join nomination n on n.id = r.nomination_id
				join edition e on e.id = n.edition_id join award_programme p on p.id = e.programme_id
				where p.code = ? and r.status = 'ASSIGNED'
				group by r.reviewer order by count(*) desc, r.reviewer""", String.class, SCALE_PROGRAMME);
		// Rounds not counted first, as a server in use has had them: the first calls of
		// a query shape pay for its plan, each expert's first list after the seeding
		// reads
		// their tasks' pages into PostgreSQL's buffers, and the JIT compiles the lists'
		// code (MyBatis building the query, the HAL links of 50 tasks) only once they are
		// hot: after the seeding it compiled for a third of a core through the first 250
		// rounds, and still 8-18 % of the time in samples after 300-550. So: the 1,500
		// requests a product started alone needs before its lists settle, then more while
		// the JIT still compiles, up to a limit. Their own figures are reported apart
		// (docs/performance.md).
		Latencies uncounted = new Latencies();
		Latencies latencies = new Latencies();
		long[] open = new long[2];
		JitActivity jit = new JitActivity();
		double jitShare = 1;
		int rounds = 0;
		SlowListRecording recording = new SlowListRecording(Benchmark.OUTPUT.resolve("slow-expert-lists.jfr"));
		while (rounds < settings.taskListWarmup()
				|| (rounds < settings.taskListWarmupMax() && jitShare > JIT_SETTLED)) {
			taskListRound(uncounted, reviewers, rounds++, open);
			if (rounds % JIT_WINDOW == 0) {
				jitShare = jit.shareSinceLast();
			}
			if (rounds == reviewers.size()
					&& SlowListRecording.slow(uncounted.p50(MY_REVIEWS_LIST), uncounted.p50(SCREENING_LIST))) {
				log.warn("bench: every expert's list slower than the coordinator's; recording");
				recording.start();
			}
		}
		jit.shareSinceLast();
		for (int i = 0; i < settings.taskListSamples(); i++) {
			taskListRound(latencies, reviewers, rounds + i, open);
		}
		Path recorded = recording.finish();
		Map<String, Object> figures = new LinkedHashMap<>();
		if (recorded != null) {
			figures.put("slowExpertListsRecording", recorded.toString());
		}
		figures.put("reviewerOpenReviews", open[0]);
		figures.put("coordinatorScreenings", open[1]);
		figures.put("latencyMs", latencies.summary());
		figures.put("warmupLatencyMs", uncounted.summary());
		figures.put("warmupRounds", rounds);
		figures.put("jitPercentEndOfWarmup", Latencies.round(100 * jitShare));
		figures.put("jitPercentDuringSamples", Latencies.round(100 * jit.shareSinceLast()));
		figures.put("reviewers", reviewers.size());
		return figures;
	}

	/** One expert's "My reviews" (taking turns) and the coordinator's "Screening". */
	private void taskListRound(Latencies into, List<String> reviewers, int round, long[] open) {
		String reviewer = reviewers.get((round * 7) % reviewers.size());
		JsonNode mine = into.time(MY_REVIEWS_LIST,
				() -> this.rest.filterPage(reviewer, BENCH_PASSWORD, filter(TasklistFilters.MY_REVIEWS), Map.of(), 50));
		open[0] = Math.max(open[0], mine.path("count").asLong());
		JsonNode screening = into.time(SCREENING_LIST,
				() -> this.rest.filterPage(COORDINATOR, DEMO, filter(TasklistFilters.SCREENING), Map.of(), 50));
		open[1] = screening.path("count").asLong();
		if (Rest.tasks(mine).isEmpty() || Rest.tasks(screening).isEmpty()) {
			throw new IllegalStateException("A task list at scale came back empty");
		}
	}

	/**
	 * Announcing an edition with {@code size} decided nominations. The edition's dates
	 * lie in the past, so its process reaches the announcement task at once; its
	 * nominations are registered and decided in the domain and their processes started at
	 * the announcement's message event (process-instance modification of the real model).
	 */
	Map<String, Object> announcement(int edition, int size, BenchSettings settings) {
		Instant now = Instant.now();
		createEdition(SCALE_PROGRAMME, edition, true);
		NominationService nominations = this.context.getBean(NominationService.class);
		String editionKey = NominationProcess.editionKey(SCALE_PROGRAMME, edition);
		List<Seed> seeds = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			seeds.add(new Seed(edition, i, SCALE_BRANCHES.get(i % SCALE_BRANCHES.size()), false));
		}
		long seedStart = System.nanoTime();
		Parallel.forEach(settings.seedThreads(), batches(seeds, settings.seedBatch()),
				(batch) -> this.transactions.executeWithoutResult((status) -> batch.forEach((seed) -> {
					String reference = nominations
						.register(new NominationSubmission(SCALE_PROGRAMME, edition, seed.branch(), NOMINEE,
								"Bench decided entity " + seed.index(), EntityType.GOVERNMENT,
								"Bench decided service " + seed.index(), "Seeded by the benchmark",
								"https://bench.example/decided/" + edition + "/" + seed.index()))
						.getReference();
					nominations.moveTo(reference, NominationStatus.AWAITING_COMMITTEE);
					NominationOutcome outcome = (seed.index() % 10 == 0) ? NominationOutcome.FINALIST
							: NominationOutcome.NOT_AWARDED;
					nominations.decide(reference, outcome);
					Map<String, Object> variables = new LinkedHashMap<>();
					variables.put(Var.NOMINATION_REFERENCE, reference);
					variables.put(Var.PROGRAMME_CODE, SCALE_PROGRAMME);
					variables.put(Var.EDITION_NUMBER, edition);
					variables.put(Var.BRANCH_CODE, seed.branch());
					variables.put(Var.NOMINEE, NOMINEE);
					variables.put(Var.COORDINATOR_GROUP, EditionCoordinators.group(SCALE_PROGRAMME, edition));
					variables.put(Var.COMMITTEE_OUTCOME, outcome.name());
					this.runtimeService.createProcessInstanceByKey(NominationProcess.KEY)
						.businessKey(reference)
						.setVariables(variables)
						.startBeforeActivity("CatchEvent_ResultsAnnounced")
						.execute();
				})));
		double seedSeconds = Parallel.seconds(seedStart);
		freshStatistics();
		awaitTasks(editionKey, EditionProcess.TASK_ANNOUNCE, 1);
		String announce = Rest.tasks(this.rest.filterPage(COORDINATOR, DEMO, filter(TasklistFilters.ANNOUNCEMENTS),
				Map.of("processInstanceBusinessKey", editionKey), 50))
			.get(0)
			.path("id")
			.asText();
		long start = System.nanoTime();
		announce(announce);
		Parallel.await(size + " nominations announced", Duration.ofMinutes(5), BULK_POLL,
				() -> nominationsIn(SCALE_PROGRAMME, edition, NominationStatus.ANNOUNCED) == size);
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("nominations", size);
		figures.put("seconds", Latencies.round(Parallel.seconds(start)));
		figures.put("seedSeconds", Latencies.round(seedSeconds));
		figures.put("seededAt", now.toString());
		return figures;
	}

	/** The indexes the product adds to the engine's tables (process/EngineIndexes). */
	List<String> engineIndexes() {
		return this.jdbc.queryForList(
				"select indexname from pg_indexes where indexname like 'injaz\\_%' order by indexname", String.class);
	}

	String databaseSize() {
		return this.jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class);
	}

	// ---------------------------------------------------------------- helpers

	private void closeWindow(String editionInstance) {
		JsonNode jobs = this.rest.get(ADMIN, DEMO,
				"/engine-rest/job?processInstanceId=" + editionInstance + "&activityId=Timer_WindowCloses");
		if (jobs.size() != 1) {
			throw new IllegalStateException("The edition waits for no window-close timer: " + jobs);
		}
		this.rest.post(ADMIN, DEMO, "/engine-rest/job/" + jobs.get(0).path("id").asText() + "/execute", Map.of());
	}

	private void announce(String taskId) {
		claim(COORDINATOR, DEMO, taskId);
		submitForm(COORDINATOR, DEMO, taskId, Map.of("announceConfirmed", Rest.variable(true, "Boolean")));
	}

	private String firstTask(Latencies latencies, String user, String password, String filterName,
			Map<String, Object> criteria) {
		JsonNode page = latencies.time("task list query",
				() -> this.rest.filterPage(user, password, filter(filterName), criteria, 50));
		List<JsonNode> tasks = Rest.tasks(page);
		if (tasks.isEmpty()) {
			throw new IllegalStateException(user + " finds no task in '" + filterName + "' for " + criteria);
		}
		return tasks.get(0).path("id").asText();
	}

	private void claim(String user, String password, String taskId) {
		this.rest.post(user, password, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
	}

	private void submitForm(String user, String password, String taskId, Map<String, Object> variables) {
		this.rest.post(user, password, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
	}

	private void awaitTasks(String businessKey, String taskKey, int count) {
		Parallel.await(count + " " + taskKey + " of " + businessKey, Duration.ofMinutes(5),
				() -> this.taskService.createTaskQuery()
					.processInstanceBusinessKey(businessKey)
					.taskDefinitionKey(taskKey)
					.count() >= count);
	}

	private int nominationsIn(String programme, int edition, NominationStatus status) {
		return this.jdbc.queryForObject("""
				select count(*) from nomination n
				join edition e on e.id = n.edition_id join award_programme p on p.id = e.programme_id
				where p.code = ? and e.number = ? and n.status = ?""", Integer.class, programme, edition,
				status.name());
	}

	private String filter(String name) {
		String id = this.filters.get(name);
		if (id == null) {
			throw new IllegalStateException("No Tasklist filter " + name);
		}
		return id;
	}

	private static Map<String, Object> submission(int edition, int index, String branch) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("programmeCode", "ACH");
		body.put("editionNumber", edition);
		body.put("branchCode", branch);
		boolean individual = "INDIV".equals(branch);
		body.put("entityName", (individual ? "Bench individual " : "Bench entity ") + edition + "-" + index);
		body.put("entityType", individual ? "INDIVIDUAL" : "GOVERNMENT");
		body.put("title", "Bench service " + edition + "-" + index);
		body.put("summary", "A lifecycle of the benchmark");
		body.put("serviceUrl", "https://bench.example/ach-" + edition + "/" + index);
		body.put("partnerEntities", "G2G".equals(branch) ? List.of("Bench partner") : List.of());
		return body;
	}

	/** What the review form sends: every criterion 8 of 10, no conflict. */
	private static Map<String, Object> scores() {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 1; i <= 6; i++) {
			variables.put(Var.CRITERION_SCORE + i, Rest.variable(8, "Long"));
		}
		variables.put(Var.REVIEW_COMMENT, Rest.variable("Bench review", "String"));
		variables.put(Var.CONFLICT_OF_INTEREST, Rest.variable(false, "Boolean"));
		return variables;
	}

	private static String reviewer(String branch, int i) {
		return "bench-" + branch.toLowerCase(java.util.Locale.ROOT) + "-" + i;
	}

	/** {@code count} different experts of the branch, taking turns. */
	private static List<String> reviewers(String branch, int index, int count) {
		List<String> chosen = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			chosen.add(reviewer(branch, 1 + (index + i) % REVIEWERS_PER_BRANCH));
		}
		return chosen;
	}

	/**
	 * Batches of one branch each, branches taking turns, so threads rarely wait on one
	 * another.
	 */
	private static List<List<Seed>> batches(List<Seed> seeds, int size) {
		Map<String, List<Seed>> byKey = new LinkedHashMap<>();
		seeds.forEach((seed) -> byKey.computeIfAbsent(seed.edition() + "/" + seed.branch(), (key) -> new ArrayList<>())
			.add(seed));
		List<List<List<Seed>>> perKey = new ArrayList<>();
		byKey.values().forEach((group) -> {
			List<List<Seed>> chunks = new ArrayList<>();
			for (int i = 0; i < group.size(); i += size) {
				chunks.add(group.subList(i, Math.min(group.size(), i + size)));
			}
			perKey.add(chunks);
		});
		List<List<Seed>> batches = new ArrayList<>();
		for (int round = 0;; round++) {
			boolean any = false;
			for (List<List<Seed>> chunks : perKey) {
				if (round < chunks.size()) {
					batches.add(chunks.get(round));
					any = true;
				}
			}
			if (!any) {
				break;
			}
		}
		return batches;
	}

	private void createReviewers() {
		IdentityService identity = this.context.getBean(IdentityService.class);
		List<String> branches = new ArrayList<>(LIFECYCLE_BRANCHES);
		for (String branch : branches) {
			String group = NominationProcess.reviewerGroup(branch);
			ensureGroup(identity, "reviewers");
			ensureGroup(identity, group);
			for (int i = 1; i <= REVIEWERS_PER_BRANCH; i++) {
				String id = reviewer(branch, i);
				if (identity.createUserQuery().userId(id).count() == 0) {
					User user = identity.newUser(id);
					user.setFirstName("Bench");
					user.setLastName("Reviewer " + branch + " " + i);
					user.setEmail(id + "@bench.example");
					user.setPassword(BENCH_PASSWORD);
					identity.saveUser(user);
					identity.createMembership(id, "reviewers");
					identity.createMembership(id, group);
				}
			}
		}
	}

	private static void ensureGroup(IdentityService identity, String id) {
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = identity.newGroup(id);
			group.setName(id);
			group.setType("WORKFLOW");
			identity.saveGroup(group);
		}
	}

	/**
	 * A new edition (window open now, or already closed) with its process, coordinated by
	 * the demo coordinator.
	 */
	private void createEdition(String programme, int number, boolean closed) {
		Instant now = Instant.now();
		Editions editions = this.context.getBean(Editions.class);
		AwardProgrammes programmes = this.context.getBean(AwardProgrammes.class);
		EditionLifecycle lifecycle = this.context.getBean(EditionLifecycle.class);
		this.transactions.executeWithoutResult((status) -> {
			Edition edition = closed
					? new Edition(programmes.findByCode(programme).orElseThrow(), number, now.minus(Duration.ofDays(3)),
							now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)))
					: new Edition(programmes.findByCode(programme).orElseThrow(), number, now.minus(Duration.ofDays(1)),
							now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(60)),
							now.plus(Duration.ofDays(90)));
			lifecycle.startFor(editions.save(edition));
		});
		IdentityService identity = this.context.getBean(IdentityService.class);
		String group = EditionCoordinators.group(programme, number);
		ensureGroup(identity, group);
		if (identity.createUserQuery().userId(COORDINATOR).memberOfGroup(group).count() == 0) {
			identity.createMembership(COORDINATOR, group);
		}
	}

	/**
	 * The bench programme: the Achievement Award's branch codes (so their committees and
	 * reviewer groups exist), four criteria each, {@code reviewers} experts per
	 * nomination.
	 */
	private void createScaleProgramme(int reviewers) {
		AwardProgrammes programmes = this.context.getBean(AwardProgrammes.class);
		this.transactions.executeWithoutResult((status) -> {
			AwardProgramme programme = new AwardProgramme(SCALE_PROGRAMME, "برنامج القياس", "Benchmark programme");
			List<String> codes = new ArrayList<>(SCALE_BRANCHES);
			codes.add("LEAD");
			for (String code : codes) {
				Branch branch = programme.addBranch(code, "فرع " + code, "Bench branch " + code, NominatorKind.ENTITY);
				branch.defineCriteria(List.of(new CriterionSpec("QUALITY", "الجودة", "Quality", 25),
						new CriterionSpec("IMPACT", "الأثر", "Impact", 25),
						new CriterionSpec("INNOVATION", "الابتكار", "Innovation", 25),
						new CriterionSpec("REACH", "الانتشار", "Reach", 25)));
				branch.configureJudging(reviewers, 1, 3);
			}
			programmes.save(programme);
		});
	}

	/** Closes idle connections, which makes PostgreSQL count their transactions now. */
	private void evictIdleConnections() {
		try {
			this.context.getBean(DataSource.class)
				.unwrap(HikariDataSource.class)
				.getHikariPoolMXBean()
				.softEvictConnections();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

	record Seed(int edition, int index, String branch, boolean screening) {
	}

}
