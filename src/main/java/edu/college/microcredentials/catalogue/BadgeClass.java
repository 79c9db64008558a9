package edu.college.microcredentials.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The Open Badges 2.0 BadgeClass of a catalogue entry
 * (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html#BadgeClass): name, description, image,
 * criteria (the summative assessment), issuer, tags, and one alignment per competency (its ESCO skill where given).
 * A retired credential says so in its description and tags; OB 2.0 has no status property.
 */
final class BadgeClass {

	static final String CONTEXT = "https://w3id.org/openbadges/v2";

	static final String RETIRED_TAG = "retired";

	private BadgeClass() {
	}

	static Map<String, Object> of(CatalogueEntry entry, IssuerSettings issuer, PublicAddress address) {
		String id = address.badge(entry.getReference());
		Map<String, Object> badge = new LinkedHashMap<>();
		badge.put("@context", CONTEXT);
		badge.put("type", "BadgeClass");
		badge.put("id", id);
		badge.put("name", entry.getTitle());
		badge.put("description", description(entry));
		badge.put("image", address.badgeImage(entry.getReference()));
		badge.put("criteria", criteria(entry, address));
		badge.put("issuer", issuer(issuer, address));
		badge.put("tags", tags(entry));
		badge.put("alignment", alignments(entry, address));
		return badge;
	}

	/** The issuer's Profile, served at its own URL and embedded in each BadgeClass. */
	static Map<String, Object> issuer(IssuerSettings issuer, PublicAddress address) {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("@context", CONTEXT);
		profile.put("type", "Profile");
		profile.put("id", address.issuer());
		profile.put("name", issuer.name());
		profile.put("url", issuer.url());
		profile.put("email", issuer.email());
		return profile;
	}

	static String description(CatalogueEntry entry) {
		String description = entry.getDescription() == null || entry.getDescription().isBlank() ? entry.getTitle()
				: entry.getDescription();
		return entry.isRetired() ? "Retired on %s: no longer awarded. %s".formatted(
				entry.getRetiredAt().toString().substring(0, 10), description) : description;
	}

	/** The criteria page (the credential's page) and, as narrative, the summative assessment. */
	static Map<String, Object> criteria(CatalogueEntry entry, PublicAddress address) {
		StringBuilder narrative = new StringBuilder(entry.getSummativeAssessment() == null ? ""
				: entry.getSummativeAssessment());
		if (entry.getCriteria() != null && !entry.getCriteria().isBlank()) {
			narrative.append(narrative.isEmpty() ? "" : "\n\n").append(entry.getCriteria());
		}
		Map<String, Object> criteria = new LinkedHashMap<>();
		criteria.put("id", address.page(entry.getReference()) + "#criteria");
		criteria.put("narrative", narrative.toString());
		return criteria;
	}

	static List<String> tags(CatalogueEntry entry) {
		List<String> tags = new ArrayList<>(List.of("micro-credential", entry.getProgramArea(),
				entry.getInstructionalHours() + " hours", Wording.deliveryMode(entry.getDeliveryMode())));
		if (entry.isRetired()) {
			tags.add(RETIRED_TAG);
		}
		return tags;
	}

	/** Open Badges requires a target URL: the ESCO skill where given, else the competency on the credential's page. */
	static List<Map<String, Object>> alignments(CatalogueEntry entry, PublicAddress address) {
		List<CatalogueCompetency> competencies = entry.getCompetencies();
		return IntStream.range(0, competencies.size()).mapToObj(i -> {
			CatalogueCompetency competency = competencies.get(i);
			Map<String, Object> alignment = new LinkedHashMap<>();
			alignment.put("targetName", competency.name());
			if (competency.hasEscoUri()) {
				alignment.put("targetUrl", competency.escoUri());
				alignment.put("targetFramework", "ESCO");
			}
			else {
				alignment.put("targetUrl", address.page(entry.getReference()) + "#competency-" + (i + 1));
			}
			return alignment;
		}).toList();
	}

}
