package edu.college.microcredentials.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the college says of all its micro-credentials in the catalogue: the EU's elements that are the same for
 * every one (Council Recommendation 2022/C 243/02, Annex I).
 *
 * @param country the awarding body's country, ISO 3166-1 alpha-2 ({@code CA})
 * @param language the language credentials are taught and assessed in, BCP 47 ({@code en})
 * @param qualityAssurance the type of quality assurance, as one sentence
 * @param hoursPerEctsCredit notional hours of learning per ECTS credit (the ECTS guide says 25 to 30), to state a
 *        workload in ECTS credits
 */
@ConfigurationProperties("approval.catalogue")
record CatalogueSettings(String country, String language, String qualityAssurance, int hoursPerEctsCredit) {

	/** The workload in ECTS credits, to one decimal, or {@code null} when the hours are not known. */
	BigDecimal ectsCredits(Integer hours) {
		if (hours == null || hoursPerEctsCredit <= 0) {
			return null;
		}
		return BigDecimal.valueOf(hours).divide(BigDecimal.valueOf(hoursPerEctsCredit), 1, RoundingMode.HALF_UP);
	}

}
