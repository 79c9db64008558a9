package edu.college.microcredentials.proposal;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The rules every micro-credential concept must meet (see docs/processes/micro-credential-development.md). Each
 * broken rule becomes one sentence the author can act on; all of them are reported at once.
 */
@Component
public class ConceptRules {

	static final int MIN_HOURS = 5;

	static final int MAX_HOURS = 300;

	static final int MAX_WEEKS = 11;

	static final int MAX_COMPETENCIES = 4;

	static final int MAX_REVIEW_MONTHS = 60;

	public List<String> problemsOf(Concept concept) {
		List<String> problems = new ArrayList<>();
		required(problems, concept.getTitle(), "Give the micro-credential a title.");
		required(problems, concept.getProgramArea(), "Name the program area or department submitting the concept.");
		if (concept.getProgramType() == null) {
			problems.add("Say whether this is a new micro-credential or an existing program being converted.");
		}
		else if (concept.isConversion()) {
			required(problems, concept.getExistingProgram(), "Name the existing program being converted.");
		}
		required(problems, concept.getTargetAudience(), "Describe the target audience.");
		required(problems, concept.getPurpose(), "Describe the primary purpose of the micro-credential.");
		required(problems, concept.getEvidenceOfDemand(), "Give evidence of current or projected demand.");
		checkCompetencies(concept, problems);
		required(problems, concept.getLearningOutcomes(), "State the learning outcomes.");
		checkAssessment(concept, problems);
		checkDelivery(concept, problems);
		checkPartner(concept, problems);
		required(problems, concept.getEducationPlanAlignment(),
				"Explain how the micro-credential aligns with the college's education plan.");
		if (concept.isStackable()) {
			required(problems, concept.getPathway(), "Name the pathway or larger credential it stacks into.");
		}
		checkLengths(concept, problems);
		return problems;
	}

	private void checkCompetencies(Concept concept, List<String> problems) {
		List<Competency> competencies = concept.getCompetencies();
		if (competencies.isEmpty()) {
			problems.add("Name at least one competency the micro-credential certifies (typically 3 to 4).");
		}
		if (competencies.size() > MAX_COMPETENCIES) {
			problems.add("A micro-credential certifies at most " + MAX_COMPETENCIES + " competencies; it names "
					+ competencies.size() + ".");
		}
		for (int i = 0; i < competencies.size(); i++) {
			Competency competency = competencies.get(i);
			if (competency.hasEscoUri() && !isWebAddress(competency.escoUri())) {
				problems.add("The ESCO skill of competency " + (i + 1) + " (" + competency.name()
						+ ") must be a web address such as http://data.europa.eu/esco/skill/...");
			}
		}
	}

	/** Each answer fits what the record keeps, so a long one is named here rather than failing in the database. */
	private void checkLengths(Concept concept, List<String> problems) {
		for (ConceptField<?> field : ConceptField.ALL) {
			int excess = field.excessLength(concept);
			if (excess > 0) {
				problems.add("Shorten \u201c" + field.label() + "\u201d to " + field.kind().maxLength()
						+ " characters (it has " + (field.kind().maxLength() + excess) + ").");
			}
		}
		List<Competency> competencies = concept.getCompetencies();
		for (int i = 0; i < competencies.size(); i++) {
			Competency competency = competencies.get(i);
			if (isLonger(competency.name()) || isLonger(competency.escoUri())) {
				problems.add("Shorten competency " + (i + 1) + " and its ESCO skill to " + ConceptField.Kind.LINE.maxLength()
						+ " characters each.");
			}
		}
	}

	private static boolean isLonger(String value) {
		return value != null && value.length() > ConceptField.Kind.LINE.maxLength();
	}

	private void checkAssessment(Concept concept, List<String> problems) {
		required(problems, concept.getSummativeAssessment(),
				"Describe the summative assessment that shows evidence of achievement.");
		if (concept.getAssessmentMethods().equals(List.of("multipleChoice"))) {
			problems.add("Multiple choice alone is not enough: add an assessment that shows what learners can do "
					+ "(demonstration, performance evaluation, video-based review, portfolio or practical exam).");
		}
	}

	private void checkDelivery(Concept concept, List<String> problems) {
		Integer hours = concept.getInstructionalHours();
		if (hours == null || hours < MIN_HOURS || hours > MAX_HOURS) {
			problems.add("Instructional hours must be between " + MIN_HOURS + " and " + MAX_HOURS + " (given: "
					+ (hours == null ? "none" : hours) + ").");
		}
		Integer weeks = concept.getDurationWeeks();
		if (weeks == null || weeks < 1 || weeks > MAX_WEEKS) {
			problems.add("A micro-credential is delivered in " + MAX_WEEKS + " weeks or less (given: "
					+ (weeks == null ? "none" : weeks) + ").");
		}
		checkLaunch(concept.getProposedLaunch(), problems);
		required(problems, concept.getDeliveryMode(), "Choose a delivery mode.");
		required(problems, concept.getFacilitationModel(),
				"Choose a facilitation model: supervised, lightly facilitated or fully facilitated.");
		Integer months = concept.getReviewFrequencyMonths();
		if (months != null && (months < 1 || months > MAX_REVIEW_MONTHS)) {
			problems.add("Review the credential every 1 to " + MAX_REVIEW_MONTHS + " months (given: " + months + ").");
		}
	}

	/** The launch date is optional; given, it is a date still ahead (the engine's clock, which tests move). */
	private static void checkLaunch(String launch, List<String> problems) {
		if (isBlank(launch)) {
			return;
		}
		try {
			LocalDate date = LocalDate.parse(launch.length() > 10 ? launch.substring(0, 10) : launch);
			LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
			if (date.isBefore(today)) {
				problems.add("The proposed launch date " + date + " has passed: choose a date after " + today + ".");
			}
		}
		catch (DateTimeParseException ex) {
			problems.add("Give the proposed launch date as a date such as 2027-09-01 (given: " + launch + ").");
		}
	}

	private void checkPartner(Concept concept, List<String> problems) {
		if (isBlank(concept.getIndustryPartner())) {
			problems.add("Name the industry or employment partner that endorses the micro-credential.");
		}
		else if (!concept.isPartnerEndorses()) {
			problems.add("Confirm that " + concept.getIndustryPartner() + " endorses the micro-credential.");
		}
	}

	private static void required(List<String> problems, String value, String problem) {
		if (isBlank(value)) {
			problems.add(problem);
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = URI.create(value.trim());
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
