package edu.college.microcredentials.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * The record of one micro-credential from concept to retirement: every revision its author submitted and every
 * decision taken on it. Process instances refer to it by {@link #getReference()}, their business key.
 */
@Entity
public class Proposal {

	@Id
	@GeneratedValue
	private Long id;

	@Version
	private long version;

	@Column(unique = true, nullable = false)
	private String reference;

	private String author;

	@Enumerated(EnumType.STRING)
	private ProposalStatus status = ProposalStatus.IN_PROGRESS;

	/** Name of the step the proposal is at (or ended in). */
	private String stage;

	private Instant submittedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "proposal_id")
	@OrderBy("revision")
	private List<Concept> revisions = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "proposal_id")
	@OrderBy("decidedAt, id")
	private List<Decision> decisions = new ArrayList<>();

	@Column(length = 1000)
	private String advisoryTeam;

	private String advisoryTeamLead;

	@Column(length = 4000)
	private String resourceRequest;

	@Column(length = 8000)
	private String developmentPlan;

	@Column(length = 4000)
	private String resourcePlan;

	@Column(length = 4000)
	private String badgeDescription;

	@Column(length = 4000)
	private String badgeCriteria;

	private Instant publishedAt;

	protected Proposal() {
	}

	Proposal(String reference, String author, Instant submittedAt) {
		this.reference = reference;
		this.author = author;
		this.submittedAt = submittedAt;
	}

	void addRevision(Concept concept, String submittedBy, Instant at) {
		concept.submitted(revisions.size() + 1, submittedBy, at);
		revisions.add(concept);
	}

	void addDecision(String stage, String stageName, String outcome, String reason, String decidedBy, Instant at,
			String details) {
		decisions.add(new Decision(stage, stageName, outcome, reason, decidedBy, at, currentConcept().getRevision(),
				details));
	}

	void formAdvisoryTeam(String lead, List<String> members, String resourceRequest) {
		this.advisoryTeamLead = lead;
		this.advisoryTeam = String.join(",", members);
		this.resourceRequest = resourceRequest;
	}

	void writeFullProposal(String developmentPlan, String resourcePlan, String badgeDescription,
			String badgeCriteria) {
		this.developmentPlan = developmentPlan;
		this.resourcePlan = resourcePlan;
		this.badgeDescription = badgeDescription;
		this.badgeCriteria = badgeCriteria;
	}

	void enterStage(String stage) {
		this.stage = stage;
	}

	void close(ProposalStatus status, Instant at) {
		this.status = status;
		if (status == ProposalStatus.PUBLISHED) {
			this.publishedAt = at;
		}
	}

	public Concept currentConcept() {
		return revisions.get(revisions.size() - 1);
	}

	public Optional<Decision> lastDecision() {
		return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
	}

	/** Everyone on the advisory team, the lead first. */
	public List<String> advisoryTeamMembers() {
		if (advisoryTeam == null || advisoryTeam.isBlank()) {
			return List.of();
		}
		return List.of(advisoryTeam.split(","));
	}

	public String getReference() {
		return reference;
	}

	public String getAuthor() {
		return author;
	}

	public ProposalStatus getStatus() {
		return status;
	}

	public String getStage() {
		return stage;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public List<Concept> getRevisions() {
		return revisions;
	}

	public List<Decision> getDecisions() {
		return decisions;
	}

	public String getAdvisoryTeamLead() {
		return advisoryTeamLead;
	}

	public String getResourceRequest() {
		return resourceRequest;
	}

	public String getDevelopmentPlan() {
		return developmentPlan;
	}

	public String getResourcePlan() {
		return resourcePlan;
	}

	public String getBadgeDescription() {
		return badgeDescription;
	}

	public String getBadgeCriteria() {
		return badgeCriteria;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

}
