package edu.college.microcredentials.catalogue;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The badge definitions of every credential in the catalogue, for badge platforms to import, no sign-in: Open Badges
 * 2.0 BadgeClasses at {@code /api/badges/{reference}} (their image at {@code .../image}, the issuer's Profile at
 * {@code /api/badges/issuer}) and Open Badges 3.0 Achievements at {@code /api/achievements/{reference}}. A retired
 * credential's definitions stay, saying it is retired, so badges already awarded keep resolving.
 */
@RestController
@EnableConfigurationProperties(IssuerSettings.class)
class BadgeController {

	static final String SVG = "image/svg+xml";

	private final Catalogue catalogue;

	private final IssuerSettings issuer;

	private final CatalogueSettings college;

	private final PublicAddress address;

	BadgeController(Catalogue catalogue, IssuerSettings issuer, CatalogueSettings college, PublicAddress address) {
		this.catalogue = catalogue;
		this.issuer = issuer;
		this.college = college;
		this.address = address;
	}

	@GetMapping(path = "/api/badges/{reference:MC-.+}", produces = { MediaType.APPLICATION_JSON_VALUE, "application/ld+json" })
	Map<String, Object> badgeClass(@PathVariable String reference) {
		return BadgeClass.of(entry(reference), issuer, address);
	}

	@GetMapping(path = "/api/badges/issuer", produces = { MediaType.APPLICATION_JSON_VALUE, "application/ld+json" })
	Map<String, Object> issuer() {
		return BadgeClass.issuer(issuer, address);
	}

	@GetMapping(path = "/api/badges/{reference:MC-.+}/image", produces = SVG)
	String image(@PathVariable String reference) {
		return BadgeImage.of(entry(reference));
	}

	@GetMapping(path = "/api/achievements/{reference:MC-.+}", produces = { MediaType.APPLICATION_JSON_VALUE, "application/ld+json" })
	Map<String, Object> achievement(@PathVariable String reference) {
		return Achievement.of(entry(reference), issuer, college, address);
	}

	private CatalogueEntry entry(String reference) {
		return catalogue.entry(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					reference + " is not a published micro-credential"));
	}

}
