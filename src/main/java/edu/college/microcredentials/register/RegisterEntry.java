package edu.college.microcredentials.register;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import edu.college.microcredentials.proposal.Competency;
import edu.college.microcredentials.proposal.Concept;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalStatus;

/**
 * One proposal as the register finds, filters and sorts it: the words of its latest revision, where it stands, since
 * when and until when. Written only from the record ({@link RegisterKeeping}); the search index is built from it.
 */
@Entity
@Indexed(index = "register")
class RegisterEntry {

	static final String ENGLISH = RegisterAnalysis.ENGLISH;

	@Id
	@DocumentId
	@KeywordField(name = "reference_sort", sortable = Sortable.YES)
	private String reference;

	@FullTextField(analyzer = ENGLISH, projectable = Projectable.YES, termVector = TermVector.WITH_POSITIONS_OFFSETS,
			highlightable = Highlightable.ANY)
	@KeywordField(name = "title_sort", normalizer = RegisterAnalysis.SORTING, sortable = Sortable.YES)
	@Column(length = 500)
	private String title;

	@FullTextField(analyzer = ENGLISH, projectable = Projectable.YES, termVector = TermVector.WITH_POSITIONS_OFFSETS,
			highlightable = Highlightable.ANY)
	@KeywordField(name = "programArea_exact", aggregable = Aggregable.YES)
	@Column(length = 500)
	private String programArea;

	@FullTextField(analyzer = ENGLISH, projectable = Projectable.YES, termVector = TermVector.WITH_POSITIONS_OFFSETS,
			highlightable = Highlightable.ANY)
	@Column(length = 4000)
	private String competencies;

	@FullTextField(analyzer = ENGLISH, projectable = Projectable.YES, termVector = TermVector.WITH_POSITIONS_OFFSETS,
			highlightable = Highlightable.ANY)
	@Column(length = 4000)
	private String learningOutcomes;

	@FullTextField(analyzer = ENGLISH, projectable = Projectable.YES, termVector = TermVector.WITH_POSITIONS_OFFSETS,
			highlightable = Highlightable.ANY)
	@Column(length = 4000)
	private String purpose;

	@FullTextField(analyzer = ENGLISH, projectable = Projectable.YES, termVector = TermVector.WITH_POSITIONS_OFFSETS,
			highlightable = Highlightable.ANY)
	@Column(length = 500)
	private String industryPartner;

	@KeywordField(aggregable = Aggregable.YES)
	private String status;

	@KeywordField(aggregable = Aggregable.YES)
	private String stage;

	@KeywordField
	private String step;

	/** Who the current step waits for: {@code group:<id>} or {@code user:<id>}, space-separated. */
	@FullTextField(analyzer = "whitespace")
	@Column(length = 1000)
	private String awaiting;

	/** Who may read it besides the roles that read every proposal: its author and advisory team, space-separated. */
	@FullTextField(analyzer = "whitespace")
	@Column(length = 2000)
	private String readers;

	@GenericField(sortable = Sortable.YES)
	private Instant submittedAt;

	@GenericField(sortable = Sortable.YES)
	private Instant stageSince;

	@GenericField(sortable = Sortable.YES)
	private Instant dueAt;

	@GenericField
	private Instant updatedAt;

	protected RegisterEntry() {
	}

	RegisterEntry(String reference) {
		this.reference = reference;
	}

	/** Takes the words and standing of the record as it is now. */
	void describe(Proposal proposal, Instant at) {
		Concept concept = proposal.currentConcept();
		String newStage = proposal.getStage();
		if (stageSince == null || !Objects.equals(stage, newStage)) {
			stageSince = at;
			step = null;
			dueAt = null;
			awaiting = null;
		}
		title = concept.getTitle();
		programArea = concept.getProgramArea();
		competencies = concept.getCompetencies().stream().map(Competency::name).collect(Collectors.joining("\n"));
		learningOutcomes = concept.getLearningOutcomes();
		purpose = concept.getPurpose();
		industryPartner = concept.getIndustryPartner();
		status = proposal.getStatus().name();
		stage = newStage;
		submittedAt = proposal.getSubmittedAt();
		Set<String> people = new LinkedHashSet<>();
		people.add(proposal.getAuthor());
		people.addAll(proposal.advisoryTeamMembers());
		readers = String.join(" ", people);
		if (proposal.getStatus().hasEnded() || proposal.getStatus() == ProposalStatus.PUBLISHED
				|| proposal.getStatus() == ProposalStatus.APPROVED) {
			step = null;
			dueAt = null;
			awaiting = null;
		}
		updatedAt = Instant.now();
	}

	/** The proposal waits at {@code step} since {@code at}, due at {@code due}, for {@code actors}. */
	void waitAt(String step, Instant due, Set<String> actors, Instant at) {
		this.step = step;
		this.dueAt = due;
		this.awaiting = String.join(" ", actors);
		this.stageSince = at;
		this.updatedAt = Instant.now();
	}

	/** The step it waited at was decided: nothing is due until the next step opens. */
	void stepDone() {
		this.dueAt = null;
		this.awaiting = null;
		this.updatedAt = Instant.now();
	}

	String getReference() {
		return reference;
	}

	String getTitle() {
		return title;
	}

	String getProgramArea() {
		return programArea;
	}

	String getCompetencies() {
		return competencies;
	}

	List<String> competencyList() {
		return competencies == null || competencies.isBlank() ? List.of() : List.of(competencies.split("\n"));
	}

	String getLearningOutcomes() {
		return learningOutcomes;
	}

	String getPurpose() {
		return purpose;
	}

	String getIndustryPartner() {
		return industryPartner;
	}

	ProposalStatus getStatus() {
		return ProposalStatus.valueOf(status);
	}

	String getStage() {
		return stage;
	}

	String getStep() {
		return step;
	}

	String getAwaiting() {
		return awaiting;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

	Instant getStageSince() {
		return stageSince;
	}

	Instant getDueAt() {
		return dueAt;
	}

	boolean isOverdue(Instant now) {
		return dueAt != null && dueAt.isBefore(now);
	}

	boolean isPublished() {
		return getStatus() == ProposalStatus.PUBLISHED || getStatus() == ProposalStatus.UNDER_REVIEW;
	}

}
