package org.injaz.portal;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The portal's sign-in page (embedded default: a form checked against Camunda's identity;
 * with Keycloak, Keycloak's own page comes first and this one only sends the signed-in
 * user on) and its page for signed-in users who are not nominees.
 */
@Controller
class SignInController {

	@GetMapping("/portal/sign-in")
	String signIn(Authentication authentication, @RequestParam(required = false) String error,
			@RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/portal";
		}
		model.addAttribute("failed", error != null);
		model.addAttribute("signedOut", signedOut != null);
		return "portal/sign-in";
	}

	/** Reached by forward from the access-denied handler too, whatever the method. */
	@RequestMapping("/portal/refused")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused() {
		return "portal/refused";
	}

}
