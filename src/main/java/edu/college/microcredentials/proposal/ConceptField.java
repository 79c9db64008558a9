package edu.college.microcredentials.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

import edu.college.microcredentials.proposal.Concept.ProgramType;

/**
 * One field of the concept form: its key in {@code forms/submitConcept.form} (and every form that revises the
 * concept), how Tasklist's value becomes the {@link Concept}'s and back, and how it reads on a decider's form.
 * {@link #ALL} is the one mapping: a new concept field is one line there.
 */
record ConceptField<T>(String key, String label, Kind<T> kind, Function<Concept, T> value, BiConsumer<Concept.Builder, T> set) {

	static final List<ConceptField<?>> ALL = List.of(
			field("title", "Title", Kind.LINE, Concept::getTitle, Concept.Builder::title),
			field("programArea", "Program area", Kind.LINE, Concept::getProgramArea, Concept.Builder::programArea),
			field("programType", "Program type", Kind.PROGRAM_TYPE, Concept::getProgramType, Concept.Builder::programType),
			field("existingProgram", "Existing program", Kind.LINE, Concept::getExistingProgram, Concept.Builder::existingProgram),
			field("targetAudience", "Target audience", Kind.PARAGRAPH, Concept::getTargetAudience, Concept.Builder::targetAudience),
			field("purpose", "Purpose", Kind.PARAGRAPH, Concept::getPurpose, Concept.Builder::purpose),
			field("evidenceOfDemand", "Evidence of demand", Kind.PARAGRAPH, Concept::getEvidenceOfDemand, Concept.Builder::evidenceOfDemand),
			field("similarCredentials", "Similar credentials", Kind.PARAGRAPH, Concept::getSimilarCredentials, Concept.Builder::similarCredentials),
			field("impactOnExistingPrograms", "Impact on existing programs", Kind.PARAGRAPH, Concept::getImpactOnExistingPrograms,
					Concept.Builder::impactOnExistingPrograms),
			field("learningOutcomes", "Learning outcomes", Kind.PARAGRAPH, Concept::getLearningOutcomes, Concept.Builder::learningOutcomes),
			field("summativeAssessment", "Summative assessment", Kind.PARAGRAPH, Concept::getSummativeAssessment,
					Concept.Builder::summativeAssessment),
			field("assessmentMethods", "Assessment methods", Kind.CHOICES, Concept::getAssessmentMethods, Concept.Builder::assessmentMethods),
			field("instructionalHours", "Instructional hours", Kind.WHOLE, Concept::getInstructionalHours, Concept.Builder::instructionalHours),
			field("durationWeeks", "Duration in weeks", Kind.WHOLE, Concept::getDurationWeeks, Concept.Builder::durationWeeks),
			field("deliveryMode", "Delivery mode", Kind.CHOICE, Concept::getDeliveryMode, Concept.Builder::deliveryMode),
			field("facilitationModel", "Facilitation model", Kind.CHOICE, Concept::getFacilitationModel, Concept.Builder::facilitationModel),
			field("proposedLaunch", "Proposed launch", Kind.LINE, Concept::getProposedLaunch, Concept.Builder::proposedLaunch),
			field("reviewFrequencyMonths", "Review every (months)", Kind.WHOLE, Concept::getReviewFrequencyMonths,
					Concept.Builder::reviewFrequencyMonths),
			field("industryPartner", "Industry partner", Kind.LINE, Concept::getIndustryPartner, Concept.Builder::industryPartner),
			field("partnerEndorses", "Partner endorses", Kind.YES_NO, Concept::isPartnerEndorses, Concept.Builder::partnerEndorses),
			field("educationPlanAlignment", "Education plan alignment", Kind.PARAGRAPH, Concept::getEducationPlanAlignment,
					Concept.Builder::educationPlanAlignment),
			field("stackable", "Stackable", Kind.YES_NO, Concept::isStackable, Concept.Builder::stackable),
			field("pathway", "Pathway", Kind.LINE, Concept::getPathway, Concept.Builder::pathway),
			field("resourcesNeeded", "Resources needed", Kind.PARAGRAPH, Concept::getResourcesNeeded, Concept.Builder::resourcesNeeded));

	private static <T> ConceptField<T> field(String key, String label, Kind<T> kind, Function<Concept, T> value,
			BiConsumer<Concept.Builder, T> set) {
		return new ConceptField<>(key, label, kind, value, set);
	}

	void read(Object formValue, Concept.Builder concept) {
		set.accept(concept, kind.read(formValue));
	}

	Object formValue(Concept concept) {
		return kind.toForm(value.apply(concept));
	}

	String display(Concept concept) {
		return kind.display(value.apply(concept));
	}

	/** How many characters the answer has beyond what its kind keeps, zero when it fits. */
	int excessLength(Concept concept) {
		T answer = value.apply(concept);
		return kind.maxLength() == 0 || answer == null ? 0 : Math.max(0, answer.toString().length() - kind.maxLength());
	}

	/**
	 * How a kind of value arrives from Tasklist (numbers as any {@link Number} or text, checklists as a Spin JSON
	 * array), goes back to it, and reads as text. A value that cannot be read is left empty, so {@link ConceptRules}
	 * names it.
	 */
	interface Kind<T> {

		T read(Object formValue);

		Object toForm(T value);

		String display(T value);

		/** The longest answer kept, in characters; zero when the kind has no length. */
		int maxLength();

		/** Display words for the coded options of the concept form. */
		Map<String, String> LABELS = Map.ofEntries(Map.entry("online", "online"), Map.entry("inPerson", "in person"),
				Map.entry("blended", "blended"), Map.entry("supervised", "supervised"),
				Map.entry("lightlyFacilitated", "lightly facilitated"), Map.entry("fullyFacilitated", "fully facilitated"),
				Map.entry("demonstration", "demonstration"), Map.entry("performanceEvaluation", "performance evaluation"),
				Map.entry("videoReview", "video-based review"), Map.entry("portfolio", "portfolio"),
				Map.entry("practicalExam", "practical exam"), Map.entry("multipleChoice", "multiple-choice test"));

		/** One line of text (a name, a title): the form's {@code textfield}. */
		Kind<String> LINE = of(Kind::text, value -> value, value -> value, 200);

		/** Free text (a description, a plan): the form's {@code textarea}. */
		Kind<String> PARAGRAPH = of(Kind::text, value -> value, value -> value, 4000);

		Kind<String> CHOICE = of(Kind::text, value -> value, Kind::label, 200);

		Kind<Integer> WHOLE = of(Kind::whole, value -> value, value -> value == null ? null : String.valueOf(value));

		Kind<Boolean> YES_NO = of(value -> Boolean.TRUE.equals(value) || "true".equals(value), value -> value,
				value -> Boolean.TRUE.equals(value) ? "yes" : "no");

		Kind<List<String>> CHOICES = of(Kind::list, Spin::JSON,
				values -> values.stream().map(Kind::label).collect(Collectors.joining(", ")));

		Kind<ProgramType> PROGRAM_TYPE = of(value -> switch (String.valueOf(text(value))) {
			case "new" -> ProgramType.NEW;
			case "conversion" -> ProgramType.CONVERSION;
			default -> null;
		}, value -> value == null ? null : value.name().toLowerCase(),
				value -> value == null ? null : value == ProgramType.NEW ? "new micro-credential" : "conversion");

		private static <T> Kind<T> of(Function<Object, T> read, Function<T, Object> toForm, Function<T, String> display) {
			return of(read, toForm, display, 0);
		}

		private static <T> Kind<T> of(Function<Object, T> read, Function<T, Object> toForm, Function<T, String> display,
				int maxLength) {
			return new Kind<>() {

				@Override
				public T read(Object formValue) {
					return read.apply(formValue);
				}

				@Override
				public Object toForm(T value) {
					return toForm.apply(value);
				}

				@Override
				public String display(T value) {
					return display.apply(value);
				}

				@Override
				public int maxLength() {
					return maxLength;
				}

			};
		}

		private static String text(Object value) {
			return value == null || value.toString().isBlank() ? null : value.toString().trim();
		}

		private static String label(String code) {
			return code == null ? null : LABELS.getOrDefault(code, code);
		}

		private static Integer whole(Object value) {
			if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
				return number.intValue();
			}
			if (value instanceof String text) {
				try {
					return Integer.valueOf(text.trim());
				}
				catch (NumberFormatException ex) {
					return null;
				}
			}
			return null;
		}

		private static List<String> list(Object value) {
			List<String> items = new ArrayList<>();
			if (value instanceof SpinJsonNode json && json.isArray()) {
				json.elements().forEach(element -> items.add(element.stringValue()));
			}
			else if (value instanceof List<?> list) {
				list.forEach(element -> items.add(String.valueOf(element)));
			}
			return items;
		}

	}

}
