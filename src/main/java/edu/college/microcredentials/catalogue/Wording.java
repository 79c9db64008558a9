package edu.college.microcredentials.catalogue;

import java.util.List;
import java.util.Map;

/** The words the public reads for the concept form's values (its option labels). */
final class Wording {

	static final Map<String, String> DELIVERY_MODES = Map.of("online", "Online", "inPerson", "In person", "blended",
			"Blended");

	/** The EU's forms of participation (Annex I): online, onsite, or blended. */
	static final Map<String, String> FORMS_OF_PARTICIPATION = Map.of("online", "Online", "inPerson", "Onsite",
			"blended", "Blended");

	static final Map<String, String> FACILITATION_MODELS = Map.of("supervised", "Supervised", "lightlyFacilitated",
			"Lightly facilitated", "fullyFacilitated", "Fully facilitated");

	static final Map<String, String> ASSESSMENT_METHODS = Map.of("demonstration", "Demonstration",
			"performanceEvaluation", "Performance evaluation", "videoReview", "Video-based review", "portfolio",
			"Portfolio", "practicalExam", "Practical exam", "multipleChoice", "Multiple choice");

	private Wording() {
	}

	static String deliveryMode(String value) {
		return word(DELIVERY_MODES, value);
	}

	static String formOfParticipation(String value) {
		return word(FORMS_OF_PARTICIPATION, value);
	}

	static String facilitationModel(String value) {
		return word(FACILITATION_MODELS, value);
	}

	static List<String> assessmentMethods(List<String> values) {
		return values.stream().map(value -> word(ASSESSMENT_METHODS, value)).toList();
	}

	private static String word(Map<String, String> words, String value) {
		return value == null ? null : words.getOrDefault(value, value);
	}

}
