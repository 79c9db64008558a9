package edu.college.microcredentials.proposal;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnDefault;

/**
 * What the author wrote in the Micro-credential Concept Form, one row per submitted revision. Field names equal
 * the keys of {@code forms/submitConcept.form}. Written once by the {@link Proposal} and never changed (no setters):
 * only the problems validation finds are added later, outside its hash, since the rules find them again from the
 * content.
 */
@Entity
@Table(name = "concept_revision")
public class Concept extends ChainedRecord {

	public enum ProgramType {

		NEW, CONVERSION

	}

	@Id
	@GeneratedValue
	private Long id;

	private int revision;

	private String submittedBy;

	private java.time.Instant submittedAt;

	/** Whether the advisory team wrote this revision (addressing quality findings) rather than the author. */
	@ColumnDefault("false")
	private boolean revisedByAdvisoryTeam;

	private String title;

	private String programArea;

	@Enumerated(EnumType.STRING)
	private ProgramType programType;

	private String existingProgram;

	@Column(length = 4000)
	private String targetAudience;

	@Column(length = 4000)
	private String purpose;

	@Column(length = 4000)
	private String evidenceOfDemand;

	@Column(length = 4000)
	private String similarCredentials;

	@Column(length = 4000)
	private String impactOnExistingPrograms;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "concept_competency", joinColumns = @JoinColumn(name = "concept_id"))
	@OrderColumn(name = "position")
	private List<Competency> competencies = new ArrayList<>();

	@Column(length = 4000)
	private String learningOutcomes;

	@Column(length = 4000)
	private String summativeAssessment;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "concept_assessment_method", joinColumns = @JoinColumn(name = "concept_id"))
	@OrderColumn(name = "position")
	@Column(name = "method")
	private List<String> assessmentMethods = new ArrayList<>();

	private Integer instructionalHours;

	private Integer durationWeeks;

	private String deliveryMode;

	private String facilitationModel;

	private String proposedLaunch;

	private Integer reviewFrequencyMonths;

	private String industryPartner;

	private boolean partnerEndorses;

	@Column(length = 4000)
	private String educationPlanAlignment;

	private boolean stackable;

	private String pathway;

	@Column(length = 4000)
	private String resourcesNeeded;

	/** Problems found by validation, one per line; empty when the revision met every rule. */
	@Column(length = 4000)
	private String problems;

	protected Concept() {
	}

	public static Builder builder() {
		return new Builder();
	}

	void submitted(int revision, String submittedBy, java.time.Instant submittedAt) {
		this.revision = revision;
		this.submittedBy = submittedBy;
		// as the database keeps it, so the hash of what is read back is the hash of what was written
		this.submittedAt = submittedAt.truncatedTo(ChronoUnit.MICROS);
	}

	void writtenByAdvisoryTeam() {
		this.revisedByAdvisoryTeam = true;
	}

	void recordProblems(List<String> problems) {
		this.problems = String.join("\n", problems);
	}

	@Override
	CanonicalContent canonicalContent() {
		return new CanonicalContent(kind()).with("revision", revision)
			.with("submittedBy", submittedBy)
			.with("submittedAt", submittedAt)
			.with("revisedByAdvisoryTeam", revisedByAdvisoryTeam)
			.with("title", title)
			.with("programArea", programArea)
			.with("programType", programType)
			.with("existingProgram", existingProgram)
			.with("targetAudience", targetAudience)
			.with("purpose", purpose)
			.with("evidenceOfDemand", evidenceOfDemand)
			.with("similarCredentials", similarCredentials)
			.with("impactOnExistingPrograms", impactOnExistingPrograms)
			.withEach("competencies", competencies.stream()
				.map(competency -> new CanonicalContent("competency").with("name", competency.name())
					.with("escoUri", competency.escoUri())
					.text())
				.toList())
			.with("learningOutcomes", learningOutcomes)
			.with("summativeAssessment", summativeAssessment)
			.withEach("assessmentMethods", assessmentMethods)
			.with("instructionalHours", instructionalHours)
			.with("durationWeeks", durationWeeks)
			.with("deliveryMode", deliveryMode)
			.with("facilitationModel", facilitationModel)
			.with("proposedLaunch", proposedLaunch)
			.with("reviewFrequencyMonths", reviewFrequencyMonths)
			.with("industryPartner", industryPartner)
			.with("partnerEndorses", partnerEndorses)
			.with("educationPlanAlignment", educationPlanAlignment)
			.with("stackable", stackable)
			.with("pathway", pathway)
			.with("resourcesNeeded", resourcesNeeded);
	}

	@Override
	public String kind() {
		return "revision";
	}

	@Override
	public Long getId() {
		return id;
	}

	public boolean isConversion() {
		return programType == ProgramType.CONVERSION;
	}

	public List<String> problems() {
		return problems == null || problems.isBlank() ? List.of() : List.of(problems.split("\n"));
	}

	public int getRevision() {
		return revision;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public java.time.Instant getSubmittedAt() {
		return submittedAt;
	}

	public boolean isRevisedByAdvisoryTeam() {
		return revisedByAdvisoryTeam;
	}

	public String getTitle() {
		return title;
	}

	public String getProgramArea() {
		return programArea;
	}

	public ProgramType getProgramType() {
		return programType;
	}

	public String getExistingProgram() {
		return existingProgram;
	}

	public String getTargetAudience() {
		return targetAudience;
	}

	public String getPurpose() {
		return purpose;
	}

	public String getEvidenceOfDemand() {
		return evidenceOfDemand;
	}

	public String getSimilarCredentials() {
		return similarCredentials;
	}

	public String getImpactOnExistingPrograms() {
		return impactOnExistingPrograms;
	}

	public List<Competency> getCompetencies() {
		return Collections.unmodifiableList(competencies);
	}

	public String getLearningOutcomes() {
		return learningOutcomes;
	}

	public String getSummativeAssessment() {
		return summativeAssessment;
	}

	public List<String> getAssessmentMethods() {
		return Collections.unmodifiableList(assessmentMethods);
	}

	public Integer getInstructionalHours() {
		return instructionalHours;
	}

	public Integer getDurationWeeks() {
		return durationWeeks;
	}

	public String getDeliveryMode() {
		return deliveryMode;
	}

	public String getFacilitationModel() {
		return facilitationModel;
	}

	public String getProposedLaunch() {
		return proposedLaunch;
	}

	public Integer getReviewFrequencyMonths() {
		return reviewFrequencyMonths;
	}

	public String getIndustryPartner() {
		return industryPartner;
	}

	public boolean isPartnerEndorses() {
		return partnerEndorses;
	}

	public String getEducationPlanAlignment() {
		return educationPlanAlignment;
	}

	public boolean isStackable() {
		return stackable;
	}

	public String getPathway() {
		return pathway;
	}

	public String getResourcesNeeded() {
		return resourcesNeeded;
	}

	/** Every field of this revision beside {@code earlier}'s, in the form's order, the competencies last. */
	public List<FieldChange> besideEarlier(Concept earlier) {
		List<FieldChange> fields = new ArrayList<>();
		ConceptField.ALL.forEach(field -> fields
			.add(new FieldChange(field.key(), field.label(), field.display(earlier), field.display(this))));
		fields.add(new FieldChange("competencies", "Competencies", earlier.competencyNames(), competencyNames()));
		return fields;
	}

	/** What changed from {@code earlier} to this revision, field by field. */
	public List<FieldChange> changesFrom(Concept earlier) {
		return besideEarlier(earlier).stream().filter(FieldChange::changed).toList();
	}

	private String competencyNames() {
		return String.join("\n", competencies.stream().map(Competency::name).toList());
	}

	/** Collects a concept field by field, the way the form delivers it; one concept per builder. */
	public static final class Builder {

		private final Concept concept = new Concept();

		private Builder() {
		}

		public Builder title(String title) {
			concept.title = title;
			return this;
		}

		public Builder programArea(String programArea) {
			concept.programArea = programArea;
			return this;
		}

		public Builder programType(ProgramType programType) {
			concept.programType = programType;
			return this;
		}

		public Builder existingProgram(String existingProgram) {
			concept.existingProgram = existingProgram;
			return this;
		}

		public Builder targetAudience(String targetAudience) {
			concept.targetAudience = targetAudience;
			return this;
		}

		public Builder purpose(String purpose) {
			concept.purpose = purpose;
			return this;
		}

		public Builder evidenceOfDemand(String evidenceOfDemand) {
			concept.evidenceOfDemand = evidenceOfDemand;
			return this;
		}

		public Builder similarCredentials(String similarCredentials) {
			concept.similarCredentials = similarCredentials;
			return this;
		}

		public Builder impactOnExistingPrograms(String impactOnExistingPrograms) {
			concept.impactOnExistingPrograms = impactOnExistingPrograms;
			return this;
		}

		public Builder competency(String name, String escoUri) {
			concept.competencies.add(new Competency(name, escoUri));
			return this;
		}

		public Builder learningOutcomes(String learningOutcomes) {
			concept.learningOutcomes = learningOutcomes;
			return this;
		}

		public Builder summativeAssessment(String summativeAssessment) {
			concept.summativeAssessment = summativeAssessment;
			return this;
		}

		public Builder assessmentMethods(List<String> assessmentMethods) {
			concept.assessmentMethods.addAll(assessmentMethods);
			return this;
		}

		public Builder instructionalHours(Integer instructionalHours) {
			concept.instructionalHours = instructionalHours;
			return this;
		}

		public Builder durationWeeks(Integer durationWeeks) {
			concept.durationWeeks = durationWeeks;
			return this;
		}

		public Builder deliveryMode(String deliveryMode) {
			concept.deliveryMode = deliveryMode;
			return this;
		}

		public Builder facilitationModel(String facilitationModel) {
			concept.facilitationModel = facilitationModel;
			return this;
		}

		public Builder proposedLaunch(String proposedLaunch) {
			concept.proposedLaunch = proposedLaunch;
			return this;
		}

		public Builder reviewFrequencyMonths(Integer reviewFrequencyMonths) {
			concept.reviewFrequencyMonths = reviewFrequencyMonths;
			return this;
		}

		public Builder industryPartner(String industryPartner) {
			concept.industryPartner = industryPartner;
			return this;
		}

		public Builder partnerEndorses(boolean partnerEndorses) {
			concept.partnerEndorses = partnerEndorses;
			return this;
		}

		public Builder educationPlanAlignment(String educationPlanAlignment) {
			concept.educationPlanAlignment = educationPlanAlignment;
			return this;
		}

		public Builder stackable(boolean stackable) {
			concept.stackable = stackable;
			return this;
		}

		public Builder pathway(String pathway) {
			concept.pathway = pathway;
			return this;
		}

		public Builder resourcesNeeded(String resourcesNeeded) {
			concept.resourcesNeeded = resourcesNeeded;
			return this;
		}

		public Concept build() {
			return concept;
		}

	}

}
