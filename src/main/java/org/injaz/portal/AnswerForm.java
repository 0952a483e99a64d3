package org.injaz.portal;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The nominee's answer to a clarification, with partner entities one per line (a
 * cooperation names them here). Public for data binding.
 */
public class AnswerForm {

	@NotBlank(message = "{portal.field.required}")
	@Size(max = 4000, message = "{portal.field.too-long}")
	private String answer;

	@Size(max = 3000, message = "{portal.field.too-long}")
	private String partnerEntities;

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getPartnerEntities() {
		return this.partnerEntities;
	}

	public void setPartnerEntities(String partnerEntities) {
		this.partnerEntities = partnerEntities;
	}

	List<String> partnerList() {
		return lines(this.partnerEntities);
	}

	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
