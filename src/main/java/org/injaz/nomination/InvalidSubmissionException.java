package org.injaz.nomination;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A submission that cannot become a nomination; names the offending fields. Each problem
 * carries a message code ({@code submission.<code>} in the problems bundle) so that the
 * API answers in the caller's language, with the English text as fallback.
 */
public class InvalidSubmissionException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidSubmissionException(String field, String code, String englishMessage, Object... arguments) {
		this(List.of(new FieldProblem(field, code, englishMessage, arguments)));
	}

	public InvalidSubmissionException(List<FieldProblem> problems) {
		super(problems.stream().map(FieldProblem::text).reduce((a, b) -> a + "; " + b).orElse("invalid submission"));
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> getProblems() {
		return this.problems;
	}

	/** The first field at fault. */
	public String getField() {
		return this.problems.get(0).field();
	}

	/** One field's problem, resolvable against a message source. */
	public record FieldProblem(String field, String code, String englishMessage,
			Object[] arguments) implements MessageSourceResolvable {

		public static FieldProblem required(String field) {
			return new FieldProblem(field, "required", "is required");
		}

		public FieldProblem(String field, String code, String englishMessage) {
			this(field, code, englishMessage, new Object[0]);
		}

		@Override
		public String[] getCodes() {
			return new String[] { "submission." + this.code };
		}

		@Override
		public Object[] getArguments() {
			return this.arguments;
		}

		@Override
		public String getDefaultMessage() {
			return this.englishMessage;
		}

		String text() {
			return this.field + " "
					+ java.text.MessageFormat.format(this.englishMessage.replace("'", "''"), this.arguments);
		}

	}

}
