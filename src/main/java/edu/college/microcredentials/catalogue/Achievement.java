package edu.college.microcredentials.catalogue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same credential as an Open Badges 3.0 {@code Achievement} (https://www.imsglobal.org/spec/ob/v3p0/#achievement),
 * for badge platforms that have moved on from 2.0: what an issued {@code OpenBadgeCredential} would carry as its
 * {@code credentialSubject.achievement}. The catalogue publishes achievements, not credentials, so there is no proof.
 */
final class Achievement {

	static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
			"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

	private Achievement() {
	}

	static Map<String, Object> of(CatalogueEntry entry, IssuerSettings issuer, CatalogueSettings college,
			PublicAddress address) {
		Map<String, Object> achievement = new LinkedHashMap<>();
		achievement.put("@context", CONTEXT);
		achievement.put("id", address.achievement(entry.getReference()));
		achievement.put("type", List.of("Achievement"));
		achievement.put("achievementType", "MicroCredential");
		achievement.put("name", entry.getTitle());
		achievement.put("description", BadgeClass.description(entry));
		achievement.put("humanCode", entry.getReference());
		achievement.put("fieldOfStudy", entry.getProgramArea());
		achievement.put("criteria", BadgeClass.criteria(entry, address));
		achievement.put("image", image(entry, address));
		achievement.put("creator", creator(issuer, address));
		BigDecimal ects = EuropeanElements.ectsCredits(entry, college);
		if (ects != null) {
			achievement.put("creditsAvailable", ects);
		}
		achievement.put("@language", college.language());
		achievement.put("tag", BadgeClass.tags(entry));
		achievement.put("alignment", BadgeClass.alignments(entry, address).stream().map(Achievement::typed).toList());
		achievement.put("version", String.valueOf(1 + entry.getChanges().size()));
		return achievement;
	}

	/** The issuer as an OB 3.0 {@code Profile}. */
	static Map<String, Object> creator(IssuerSettings issuer, PublicAddress address) {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("id", address.issuer());
		profile.put("type", List.of("Profile"));
		profile.put("name", issuer.name());
		profile.put("url", issuer.url());
		profile.put("email", issuer.email());
		return profile;
	}

	private static Map<String, Object> image(CatalogueEntry entry, PublicAddress address) {
		Map<String, Object> image = new LinkedHashMap<>();
		image.put("id", address.badgeImage(entry.getReference()));
		image.put("type", "Image");
		image.put("caption", entry.getTitle());
		return image;
	}

	private static Map<String, Object> typed(Map<String, Object> alignment) {
		Map<String, Object> typed = new LinkedHashMap<>();
		typed.put("type", List.of("Alignment"));
		typed.putAll(alignment);
		if ("ESCO".equals(alignment.get("targetFramework"))) {
			typed.put("targetType", "ceasn:Competency");
		}
		return typed;
	}

}
