package edu.college.microcredentials.catalogue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole catalogue as one JSON document for registries, no sign-in: every credential ever published, the retired
 * ones marked so, each with its EU standard elements, its competencies, its review history and the URLs of its page
 * and badge definitions.
 */
@RestController
class CatalogueFeed {

	private final Catalogue catalogue;

	private final IssuerSettings issuer;

	private final CatalogueSettings college;

	private final PublicAddress address;

	CatalogueFeed(Catalogue catalogue, IssuerSettings issuer, CatalogueSettings college, PublicAddress address) {
		this.catalogue = catalogue;
		this.issuer = issuer;
		this.college = college;
		this.address = address;
	}

	@GetMapping(path = "/api/catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> feed() {
		List<CatalogueEntry> entries = catalogue.everyEntry();
		Map<String, Object> feed = new LinkedHashMap<>();
		feed.put("id", address.feed());
		feed.put("title", issuer.name() + " micro-credential catalogue");
		feed.put("catalogue", address.catalogue());
		feed.put("awardingBody", BadgeClass.issuer(issuer, address));
		feed.put("updated", entries.stream().map(CatalogueEntry::getUpdatedAt).max(Instant::compareTo).orElse(null));
		feed.put("credentials", entries.stream().map(this::item).toList());
		return feed;
	}

	private Map<String, Object> item(CatalogueEntry entry) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("reference", entry.getReference());
		item.put("status", entry.isRetired() ? "retired" : "current");
		item.put("title", entry.getTitle());
		item.put("description", entry.getDescription());
		item.put("page", address.page(entry.getReference()));
		item.put("openBadges2", address.badge(entry.getReference()));
		item.put("openBadges3", address.achievement(entry.getReference()));
		item.put("programArea", entry.getProgramArea());
		item.put("competencies", entry.getCompetencies());
		item.put("instructionalHours", entry.getInstructionalHours());
		item.put("durationWeeks", entry.getDurationWeeks());
		item.put("ectsCredits", EuropeanElements.ectsCredits(entry, college));
		item.put("deliveryMode", entry.getDeliveryMode());
		item.put("facilitationModel", entry.getFacilitationModel());
		item.put("industryPartner", entry.getIndustryPartner());
		item.put("stackable", entry.isStackable());
		item.put("pathway", entry.getPathway());
		item.put("launch", entry.getLaunch());
		item.put("publishedAt", entry.getPublishedAt());
		item.put("updatedAt", entry.getUpdatedAt());
		item.put("nextReviewOn", entry.getNextReviewOn());
		item.put("retiredAt", entry.getRetiredAt());
		item.put("changes", entry.getChanges());
		item.put("europeanElements", EuropeanElements.of(entry, issuer, college).stream()
			.collect(Collectors.toMap(EuropeanElements.Element::key, element -> Map.of("name", element.name(),
					"value", element.value(), "mandatory", element.mandatory()), (a, b) -> a, LinkedHashMap::new)));
		return item;
	}

}
