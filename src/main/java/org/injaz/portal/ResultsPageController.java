package org.injaz.portal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public results page: announced winners and finalists per edition and branch, for
 * everyone, without signing in.
 */
@Controller
class ResultsPageController {

	private final PublicResultsPages results;

	ResultsPageController(PublicResultsPages results) {
		this.results = results;
	}

	@GetMapping("/results")
	String all(Model model) {
		model.addAttribute("editions", this.results.editions());
		model.addAttribute("selected", null);
		return "portal/results";
	}

	@GetMapping("/results/{programme}/{number}")
	String edition(@PathVariable String programme, @PathVariable int number,
			@RequestParam(required = false) String branch, Model model) {
		List<PublicResultsPages.AnnouncedEdition> edition = this.results.edition(programme, number);
		model.addAttribute("editions", this.results.editions());
		model.addAttribute("selected", edition.isEmpty() ? null : edition.get(0));
		model.addAttribute("selectedKey", programme.toUpperCase(Locale.ROOT) + "-" + number);
		model.addAttribute("branch", (branch != null) ? branch.toUpperCase(Locale.ROOT) : null);
		return "portal/results";
	}

}
