package edu.college.microcredentials.catalogue;

/**
 * A visitor's search of the catalogue; each part may be empty.
 *
 * @param words words to find anywhere in an entry
 * @param competency a competency's name, or its ESCO skill URI
 * @param partner an industry partner, exactly as listed
 * @param deliveryMode {@code online}, {@code inPerson} or {@code blended}
 */
public record CatalogueQuery(String words, String competency, String partner, String deliveryMode) {

	public CatalogueQuery {
		words = trimmed(words);
		competency = trimmed(competency);
		partner = trimmed(partner);
		deliveryMode = trimmed(deliveryMode);
	}

	boolean isEmpty() {
		return !hasWords() && !hasCompetency() && !hasPartner() && !hasDeliveryMode();
	}

	boolean hasWords() {
		return !words.isEmpty();
	}

	boolean hasCompetency() {
		return !competency.isEmpty();
	}

	boolean hasPartner() {
		return !partner.isEmpty();
	}

	boolean hasDeliveryMode() {
		return !deliveryMode.isEmpty();
	}

	private static String trimmed(String value) {
		return value == null ? "" : value.strip();
	}

}
