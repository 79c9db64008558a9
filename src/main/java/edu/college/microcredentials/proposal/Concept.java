package edu.college.microcredentials.proposal;

import java.util.ArrayList;
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

/**
 * What the author wrote in the Micro-credential Concept Form, one row per submitted revision. Field names equal
 * the keys of {@code forms/submitConcept.form}.
 */
@Entity
@Table(name = "concept_revision")
public class Concept {

	public enum ProgramType {

		NEW, CONVERSION

	}

	@Id
	@GeneratedValue
	private Long id;

	private int revision;

	private String submittedBy;

	private java.time.Instant submittedAt;

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

	Concept(Builder builder) {
		this.title = builder.title;
		this.programArea = builder.programArea;
		this.programType = builder.programType;
		this.existingProgram = builder.existingProgram;
		this.targetAudience = builder.targetAudience;
		this.purpose = builder.purpose;
		this.evidenceOfDemand = builder.evidenceOfDemand;
		this.similarCredentials = builder.similarCredentials;
		this.impactOnExistingPrograms = builder.impactOnExistingPrograms;
		this.competencies = new ArrayList<>(builder.competencies);
		this.learningOutcomes = builder.learningOutcomes;
		this.summativeAssessment = builder.summativeAssessment;
		this.assessmentMethods = new ArrayList<>(builder.assessmentMethods);
		this.instructionalHours = builder.instructionalHours;
		this.durationWeeks = builder.durationWeeks;
		this.deliveryMode = builder.deliveryMode;
		this.facilitationModel = builder.facilitationModel;
		this.proposedLaunch = builder.proposedLaunch;
		this.reviewFrequencyMonths = builder.reviewFrequencyMonths;
		this.industryPartner = builder.industryPartner;
		this.partnerEndorses = builder.partnerEndorses;
		this.educationPlanAlignment = builder.educationPlanAlignment;
		this.stackable = builder.stackable;
		this.pathway = builder.pathway;
		this.resourcesNeeded = builder.resourcesNeeded;
	}

	public static Builder builder() {
		return new Builder();
	}

	void submitted(int revision, String submittedBy, java.time.Instant submittedAt) {
		this.revision = revision;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
	}

	void recordProblems(List<String> problems) {
		this.problems = String.join("\n", problems);
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
		return competencies;
	}

	public String getLearningOutcomes() {
		return learningOutcomes;
	}

	public String getSummativeAssessment() {
		return summativeAssessment;
	}

	public List<String> getAssessmentMethods() {
		return assessmentMethods;
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

	/** Collects a concept field by field, the way the form delivers it. */
	public static final class Builder {

		private String title;

		private String programArea;

		private ProgramType programType;

		private String existingProgram;

		private String targetAudience;

		private String purpose;

		private String evidenceOfDemand;

		private String similarCredentials;

		private String impactOnExistingPrograms;

		private final List<Competency> competencies = new ArrayList<>();

		private String learningOutcomes;

		private String summativeAssessment;

		private final List<String> assessmentMethods = new ArrayList<>();

		private Integer instructionalHours;

		private Integer durationWeeks;

		private String deliveryMode;

		private String facilitationModel;

		private String proposedLaunch;

		private Integer reviewFrequencyMonths;

		private String industryPartner;

		private boolean partnerEndorses;

		private String educationPlanAlignment;

		private boolean stackable;

		private String pathway;

		private String resourcesNeeded;

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder programArea(String programArea) {
			this.programArea = programArea;
			return this;
		}

		public Builder programType(ProgramType programType) {
			this.programType = programType;
			return this;
		}

		public Builder existingProgram(String existingProgram) {
			this.existingProgram = existingProgram;
			return this;
		}

		public Builder targetAudience(String targetAudience) {
			this.targetAudience = targetAudience;
			return this;
		}

		public Builder purpose(String purpose) {
			this.purpose = purpose;
			return this;
		}

		public Builder evidenceOfDemand(String evidenceOfDemand) {
			this.evidenceOfDemand = evidenceOfDemand;
			return this;
		}

		public Builder similarCredentials(String similarCredentials) {
			this.similarCredentials = similarCredentials;
			return this;
		}

		public Builder impactOnExistingPrograms(String impactOnExistingPrograms) {
			this.impactOnExistingPrograms = impactOnExistingPrograms;
			return this;
		}

		public Builder competency(String name, String escoUri) {
			this.competencies.add(new Competency(name, escoUri));
			return this;
		}

		public Builder learningOutcomes(String learningOutcomes) {
			this.learningOutcomes = learningOutcomes;
			return this;
		}

		public Builder summativeAssessment(String summativeAssessment) {
			this.summativeAssessment = summativeAssessment;
			return this;
		}

		public Builder assessmentMethods(List<String> assessmentMethods) {
			this.assessmentMethods.addAll(assessmentMethods);
			return this;
		}

		public Builder instructionalHours(Integer instructionalHours) {
			this.instructionalHours = instructionalHours;
			return this;
		}

		public Builder durationWeeks(Integer durationWeeks) {
			this.durationWeeks = durationWeeks;
			return this;
		}

		public Builder deliveryMode(String deliveryMode) {
			this.deliveryMode = deliveryMode;
			return this;
		}

		public Builder facilitationModel(String facilitationModel) {
			this.facilitationModel = facilitationModel;
			return this;
		}

		public Builder proposedLaunch(String proposedLaunch) {
			this.proposedLaunch = proposedLaunch;
			return this;
		}

		public Builder reviewFrequencyMonths(Integer reviewFrequencyMonths) {
			this.reviewFrequencyMonths = reviewFrequencyMonths;
			return this;
		}

		public Builder industryPartner(String industryPartner) {
			this.industryPartner = industryPartner;
			return this;
		}

		public Builder partnerEndorses(boolean partnerEndorses) {
			this.partnerEndorses = partnerEndorses;
			return this;
		}

		public Builder educationPlanAlignment(String educationPlanAlignment) {
			this.educationPlanAlignment = educationPlanAlignment;
			return this;
		}

		public Builder stackable(boolean stackable) {
			this.stackable = stackable;
			return this;
		}

		public Builder pathway(String pathway) {
			this.pathway = pathway;
			return this;
		}

		public Builder resourcesNeeded(String resourcesNeeded) {
			this.resourcesNeeded = resourcesNeeded;
			return this;
		}

		public Concept build() {
			return new Concept(this);
		}

	}

}
