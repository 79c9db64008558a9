package edu.college.microcredentials.publication;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;

/** Serves the Open Badges 2.0 definitions of published micro-credentials, for badge platforms to import. */
@RestController
@RequestMapping("/api/badges")
@EnableConfigurationProperties(IssuerSettings.class)
class BadgeController {

	private final ProposalService proposals;

	private final IssuerSettings issuer;

	BadgeController(ProposalService proposals, IssuerSettings issuer) {
		this.proposals = proposals;
		this.issuer = issuer;
	}

	@GetMapping(path = "/{reference:MC-.+}", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> badgeClass(@PathVariable String reference) {
		return BadgeClass.of(published(reference), issuer);
	}

	@GetMapping(path = "/issuer", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> issuer() {
		return BadgeClass.issuer(issuer);
	}

	@GetMapping(path = "/{reference:MC-.+}/image", produces = "image/svg+xml")
	String image(@PathVariable String reference) {
		String title = HtmlUtils.htmlEscape(published(reference).currentConcept().getTitle());
		return """
				<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240">
				  <circle cx="120" cy="120" r="110" fill="#14532d"/>
				  <text x="120" y="110" text-anchor="middle" fill="#fff" font-family="sans-serif" font-size="16">%s</text>
				  <text x="120" y="140" text-anchor="middle" fill="#bbf7d0" font-family="sans-serif" font-size="12">%s</text>
				</svg>
				""".formatted(title, HtmlUtils.htmlEscape(reference));
	}

	private Proposal published(String reference) {
		Proposal proposal = proposals.find(reference);
		if (proposal.getStatus() != ProposalStatus.PUBLISHED) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, reference + " is not a published micro-credential");
		}
		return proposal;
	}

}
