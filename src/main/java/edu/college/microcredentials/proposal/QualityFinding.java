package edu.college.microcredentials.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A design criterion a curriculum quality review found not met: what the reviewer said must change and, once the
 * advisory team has revised the concept, how they answered it.
 *
 * @param criterion the criterion's key in {@code forms/reviewCurriculumQuality.form}, e.g. {@code freeOfBias}
 * @param label the criterion as the reviewer read it on the form
 * @param response the advisory team's answer; {@code null} until they revised the concept
 */
@Embeddable
public record QualityFinding(@Column(nullable = false) String criterion, String label,
		@Column(length = 4000) String finding, @Column(length = 4000) String response) {

	public static QualityFinding of(String criterion, String label, String finding) {
		return new QualityFinding(criterion, label, finding, null);
	}

	QualityFinding answeredWith(String response) {
		return new QualityFinding(criterion, label, finding, response);
	}

}
