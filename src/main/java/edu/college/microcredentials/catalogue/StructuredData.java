package edu.college.microcredentials.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A credential's schema.org {@code EducationalOccupationalCredential}, embedded in its page as JSON-LD so search
 * engines can list it: name, description, category, competencies (ESCO terms where given), the college that
 * recognises it, its workload and its educational level.
 */
final class StructuredData {

	private static final ObjectMapper JSON = new ObjectMapper();

	private StructuredData() {
	}

	static Map<String, Object> of(CatalogueEntry entry, IssuerSettings issuer, CatalogueSettings college,
			PublicAddress address) {
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("@context", "https://schema.org");
		credential.put("@type", "EducationalOccupationalCredential");
		credential.put("@id", address.page(entry.getReference()));
		credential.put("url", address.page(entry.getReference()));
		credential.put("identifier", entry.getReference());
		credential.put("name", entry.getTitle());
		credential.put("description", BadgeClass.description(entry));
		credential.put("credentialCategory", Map.of("@type", "DefinedTerm", "name", "Micro-credential"));
		credential.put("educationalLevel", "Continuing education");
		credential.put("about", entry.getProgramArea());
		credential.put("competencyRequired", entry.getCompetencies().stream().map(StructuredData::term).toList());
		credential.put("recognizedBy", organization(issuer, college));
		credential.put("publisher", organization(issuer, college));
		credential.put("timeRequired", "PT" + entry.getInstructionalHours() + "H");
		credential.put("inLanguage", college.language());
		credential.put("image", address.badgeImage(entry.getReference()));
		credential.put("datePublished", entry.getPublishedAt().toString());
		credential.put("dateModified", entry.getUpdatedAt().toString());
		credential.put("keywords", String.join(", ", BadgeClass.tags(entry)));
		if (entry.isRetired()) {
			credential.put("expires", entry.getRetiredAt().toString());
		}
		credential.put("sameAs", List.of(address.badge(entry.getReference()), address.achievement(entry.getReference())));
		return credential;
	}

	/** The JSON-LD as text that can sit inside a {@code <script>} element: no {@code <} can end it early. */
	static String asScript(Map<String, Object> structuredData) {
		try {
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(structuredData).replace("<", "\\u003c");
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static Map<String, Object> term(CatalogueCompetency competency) {
		Map<String, Object> term = new LinkedHashMap<>();
		term.put("@type", "DefinedTerm");
		term.put("name", competency.name());
		if (competency.hasEscoUri()) {
			term.put("url", competency.escoUri());
			term.put("inDefinedTermSet", "https://esco.ec.europa.eu/en/classification/skill_main");
		}
		return term;
	}

	private static Map<String, Object> organization(IssuerSettings issuer, CatalogueSettings college) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "CollegeOrUniversity");
		organization.put("name", issuer.name());
		organization.put("url", issuer.url());
		organization.put("email", issuer.email());
		organization.put("address", Map.of("@type", "PostalAddress", "addressCountry", college.country()));
		return organization;
	}

}
