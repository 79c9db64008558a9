package edu.college.microcredentials.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.Proposal;

/**
 * A micro-credential as the public sees it: what the approved concept and full proposal say, when it was published,
 * what each periodic review changed and when the next one is due, and whether it was retired. Written only by
 * {@link Catalogue} from the record's events; searched through its Lucene index (Hibernate Search), where a retired
 * entry stays but is never found.
 */
@Entity
@Indexed(index = "catalogue")
public class CatalogueEntry {

	@Id
	@GeneratedValue
	private Long id;

	@Version
	private long version;

	@KeywordField
	@Column(unique = true, nullable = false)
	private String reference;

	@FullTextField
	private String title;

	@FullTextField
	@Column(length = 4000)
	private String description;

	@KeywordField
	private String programArea;

	@FullTextField
	@Column(length = 4000)
	private String learningOutcomes;

	@IndexedEmbedded
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "catalogue_competency", joinColumns = @JoinColumn(name = "entry_id"))
	@OrderColumn(name = "position")
	private List<CatalogueCompetency> competencies = new ArrayList<>();

	@Column(length = 4000)
	private String summativeAssessment;

	/** The assessment methods' form values, comma-separated ({@code demonstration,practicalExam}). */
	private String assessmentMethods;

	@Column(length = 4000)
	private String criteria;

	private Integer instructionalHours;

	private Integer durationWeeks;

	@KeywordField
	private String deliveryMode;

	private String facilitationModel;

	@FullTextField
	@KeywordField(name = "industryPartner_keyword")
	private String industryPartner;

	private boolean stackable;

	private String pathway;

	private String launch;

	/** The EU's standard elements the full proposal gave; each may be empty. */
	private Integer eqfLevel;

	private Integer notionalWorkloadHours;

	@Column(length = 4000)
	private String prerequisites;

	private String assessmentSupervision;

	@Column(length = 4000)
	private String furtherInformation;

	private Instant publishedAt;

	private LocalDate nextReviewOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "catalogue_change", joinColumns = @JoinColumn(name = "entry_id"))
	@OrderColumn(name = "position")
	private List<CatalogueChange> changes = new ArrayList<>();

	@GenericField
	private boolean retired;

	private Instant retiredAt;

	@Column(length = 4000)
	private String retiredBecause;

	protected CatalogueEntry() {
	}

	/** The entry of a credential just published, from its approved concept and full proposal. */
	static CatalogueEntry publishedFrom(Proposal proposal, Instant at) {
		CatalogueEntry entry = new CatalogueEntry();
		entry.reference = proposal.getReference();
		entry.publishedAt = at;
		entry.copy(proposal);
		return entry;
	}

	/** Reads the record again: a revision the periodic review asked for may have changed any of it. */
	void copy(Proposal proposal) {
		Concept concept = proposal.currentConcept();
		title = concept.getTitle();
		description = proposal.getBadgeDescription();
		programArea = concept.getProgramArea();
		learningOutcomes = concept.getLearningOutcomes();
		competencies.clear();
		concept.getCompetencies()
			.forEach(competency -> competencies.add(new CatalogueCompetency(competency.name(), competency.escoUri())));
		summativeAssessment = concept.getSummativeAssessment();
		assessmentMethods = String.join(",", concept.getAssessmentMethods());
		criteria = proposal.getBadgeCriteria();
		instructionalHours = concept.getInstructionalHours();
		durationWeeks = concept.getDurationWeeks();
		deliveryMode = concept.getDeliveryMode();
		facilitationModel = concept.getFacilitationModel();
		industryPartner = concept.getIndustryPartner();
		stackable = concept.isStackable();
		pathway = concept.getPathway();
		launch = concept.getProposedLaunch();
		eqfLevel = proposal.getEqfLevel();
		notionalWorkloadHours = proposal.getNotionalWorkloadHours();
		prerequisites = proposal.getPrerequisites();
		assessmentSupervision = proposal.getAssessmentSupervision();
		furtherInformation = proposal.getFurtherInformation();
	}

	void revisedAfterReview(String whatChanged, Instant at) {
		changes.add(new CatalogueChange(at, whatChanged));
	}

	void nextReviewOn(LocalDate date) {
		this.nextReviewOn = date;
	}

	void retire(String because, Instant at) {
		this.retired = true;
		this.retiredAt = at;
		this.retiredBecause = because;
		this.nextReviewOn = null;
	}

	public String getReference() {
		return reference;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public String getProgramArea() {
		return programArea;
	}

	public String getLearningOutcomes() {
		return learningOutcomes;
	}

	public List<CatalogueCompetency> getCompetencies() {
		return Collections.unmodifiableList(competencies);
	}

	public String getSummativeAssessment() {
		return summativeAssessment;
	}

	public List<String> getAssessmentMethods() {
		return assessmentMethods == null || assessmentMethods.isBlank() ? List.of()
				: List.of(assessmentMethods.split(","));
	}

	public String getCriteria() {
		return criteria;
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

	public String getIndustryPartner() {
		return industryPartner;
	}

	public boolean isStackable() {
		return stackable;
	}

	public String getPathway() {
		return pathway;
	}

	public String getLaunch() {
		return launch;
	}

	public Integer getEqfLevel() {
		return eqfLevel;
	}

	public Integer getNotionalWorkloadHours() {
		return notionalWorkloadHours;
	}

	public String getPrerequisites() {
		return prerequisites;
	}

	public String getAssessmentSupervision() {
		return assessmentSupervision;
	}

	public String getFurtherInformation() {
		return furtherInformation;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public LocalDate getNextReviewOn() {
		return nextReviewOn;
	}

	public List<CatalogueChange> getChanges() {
		return Collections.unmodifiableList(changes);
	}

	/** When it last changed: its latest revision after a review, else its publication. */
	public Instant getUpdatedAt() {
		return retiredAt != null ? retiredAt
				: changes.isEmpty() ? publishedAt : changes.get(changes.size() - 1).changedAt();
	}

	public boolean isRetired() {
		return retired;
	}

	public Instant getRetiredAt() {
		return retiredAt;
	}

	public String getRetiredBecause() {
		return retiredBecause;
	}

}
