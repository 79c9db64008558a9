package edu.college.microcredentials.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import edu.college.microcredentials.proposal.Competency;
import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.Proposal;

/**
 * The Open Badges 2.0 BadgeClass of a published micro-credential (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html#BadgeClass):
 * name, description, criteria, issuer, and an alignment to each competency (its ESCO skill where given).
 */
final class BadgeClass {

	static final String CONTEXT = "https://w3id.org/openbadges/v2";

	private BadgeClass() {
	}

	static Map<String, Object> of(Proposal proposal, IssuerSettings issuer) {
		Concept concept = proposal.currentConcept();
		String badgeUrl = issuer.baseUrl() + "/api/badges/" + proposal.getReference();
		Map<String, Object> badge = new LinkedHashMap<>();
		badge.put("@context", CONTEXT);
		badge.put("type", "BadgeClass");
		badge.put("id", badgeUrl);
		badge.put("name", concept.getTitle());
		badge.put("description", proposal.getBadgeDescription());
		badge.put("image", badgeUrl + "/image");
		badge.put("criteria", Map.of("id", badgeUrl + "#criteria", "narrative", proposal.getBadgeCriteria()));
		badge.put("issuer", issuer(issuer));
		List<Competency> competencies = concept.getCompetencies();
		badge.put("alignment", IntStream.range(0, competencies.size())
			.mapToObj(i -> alignment(competencies.get(i), badgeUrl + "#competency-" + (i + 1)))
			.toList());
		badge.put("tags", tags(concept));
		return badge;
	}

	static Map<String, Object> issuer(IssuerSettings issuer) {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("id", issuer.baseUrl() + "/api/badges/issuer");
		profile.put("type", "Profile");
		profile.put("name", issuer.name());
		profile.put("url", issuer.url());
		profile.put("email", issuer.email());
		return profile;
	}

	/** Open Badges requires a target URL: the ESCO skill where given, else the competency on the badge page. */
	private static Map<String, Object> alignment(Competency competency, String ownUrl) {
		Map<String, Object> alignment = new LinkedHashMap<>();
		alignment.put("targetName", competency.name());
		alignment.put("targetUrl", competency.hasEscoUri() ? competency.escoUri() : ownUrl);
		if (competency.hasEscoUri()) {
			alignment.put("targetFramework", "ESCO");
		}
		return alignment;
	}

	private static List<String> tags(Concept concept) {
		return List.of("micro-credential", concept.getProgramArea(), concept.getInstructionalHours() + " hours");
	}

}
