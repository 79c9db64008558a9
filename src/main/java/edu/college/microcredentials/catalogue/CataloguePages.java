package edu.college.microcredentials.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public catalogue, no sign-in: a search by words, competency, partner and delivery mode over the credentials
 * that can be earned now, and a page per credential with its EU standard elements, its badges and its schema.org
 * structured data.
 */
@Controller
@RequestMapping("/catalogue")
class CataloguePages {

	private final Catalogue catalogue;

	private final IssuerSettings issuer;

	private final CatalogueSettings college;

	private final PublicAddress address;

	CataloguePages(Catalogue catalogue, IssuerSettings issuer, CatalogueSettings college, PublicAddress address) {
		this.catalogue = catalogue;
		this.issuer = issuer;
		this.college = college;
		this.address = address;
	}

	@GetMapping
	String search(@RequestParam(name = "q", required = false) String words,
			@RequestParam(required = false) String competency, @RequestParam(required = false) String partner,
			@RequestParam(name = "mode", required = false) String deliveryMode, Model model) {
		CatalogueQuery query = new CatalogueQuery(words, competency, partner, deliveryMode);
		List<CatalogueEntry> current = catalogue.current();
		model.addAttribute("query", query);
		model.addAttribute("searched", !query.isEmpty());
		model.addAttribute("results", catalogue.search(query));
		model.addAttribute("competencies", sorted(current.stream()
			.flatMap(entry -> entry.getCompetencies().stream().map(CatalogueCompetency::name)).toList()));
		model.addAttribute("partners", sorted(current.stream().map(CatalogueEntry::getIndustryPartner).toList()));
		model.addAttribute("deliveryModes", Wording.DELIVERY_MODES);
		model.addAttribute("wording", new WordingView());
		model.addAttribute("awardingBody", issuer.name());
		model.addAttribute("feed", address.feed());
		return "catalogue/search";
	}

	@GetMapping("/{reference:MC-.+}")
	String credential(@PathVariable String reference, Model model) {
		CatalogueEntry entry = catalogue.entry(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					reference + " is not in the catalogue"));
		model.addAttribute("entry", entry);
		model.addAttribute("elements", EuropeanElements.of(entry, issuer, college));
		model.addAttribute("structuredData",
				StructuredData.asScript(StructuredData.of(entry, issuer, college, address)));
		model.addAttribute("badgeClass", address.badge(reference));
		model.addAttribute("achievement", address.achievement(reference));
		model.addAttribute("image", address.badgeImage(reference));
		model.addAttribute("canonical", address.page(reference));
		model.addAttribute("wording", new WordingView());
		model.addAttribute("awardingBody", issuer.name());
		model.addAttribute("feed", address.feed());
		return "catalogue/credential";
	}

	private static List<String> sorted(Collection<String> values) {
		return List.copyOf(new TreeSet<>(values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).toList()));
	}

	/** The public words for form values, for the templates. */
	public static final class WordingView {

		public String deliveryMode(String value) {
			return Wording.deliveryMode(value);
		}

		public String facilitationModel(String value) {
			return Wording.facilitationModel(value);
		}

		public List<String> assessmentMethods(List<String> values) {
			return Wording.assessmentMethods(values);
		}

	}

}
