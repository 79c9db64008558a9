package edu.college.microcredentials.proposal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One decision on a proposal: who decided what at which stage, on which revision, and why. Written once by the
 * {@link Proposal} and never changed (no setters): only the advisory team's responses are added to its findings
 * later, outside its hash; the decision that records those responses carries them in its own reason.
 */
@Entity
@Table(name = "proposal_decision")
public class Decision extends ChainedRecord {

	@Id
	@GeneratedValue
	private Long id;

	/** The BPMN id of the step that decided, e.g. {@code assessConcept}. */
	private String stage;

	private String stageName;

	private String outcome;

	@Column(length = 4000)
	private String reason;

	private String decidedBy;

	private Instant decidedAt;

	private int revision;

	/** Stage-specific facts, e.g. the Board meeting date and motion number, or the quality checklist. */
	@Column(length = 8000)
	private String details;

	/** What a curriculum quality review found not met, criterion by criterion, in the order of its form. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quality_finding", joinColumns = @JoinColumn(name = "decision_id"))
	@OrderColumn(name = "position")
	private List<QualityFinding> findings = new ArrayList<>();

	protected Decision() {
	}

	Decision(String stage, String stageName, String outcome, String reason, String decidedBy, Instant decidedAt,
			int revision, String details, List<QualityFinding> findings) {
		this.stage = stage;
		this.stageName = stageName;
		this.outcome = outcome;
		this.reason = reason;
		this.decidedBy = decidedBy;
		// as the database keeps it, so the hash of what is read back is the hash of what was written
		this.decidedAt = decidedAt.truncatedTo(ChronoUnit.MICROS);
		this.revision = revision;
		this.details = details;
		this.findings.addAll(findings);
	}

	/** Puts the advisory team's response, by criterion, beside each finding. */
	void answerFindings(Map<String, String> responses) {
		findings.replaceAll(finding -> responses.containsKey(finding.criterion())
				? finding.answeredWith(responses.get(finding.criterion())) : finding);
	}

	@Override
	CanonicalContent canonicalContent() {
		return new CanonicalContent(kind()).with("stage", stage)
			.with("stageName", stageName)
			.with("outcome", outcome)
			.with("reason", reason)
			.with("decidedBy", decidedBy)
			.with("decidedAt", decidedAt)
			.with("revision", revision)
			.with("details", details)
			.withEach("findings", findings.stream()
				.map(finding -> new CanonicalContent("finding").with("criterion", finding.criterion())
					.with("label", finding.label())
					.with("finding", finding.finding())
					.text())
				.toList());
	}

	@Override
	public String kind() {
		return "decision";
	}

	@Override
	public Long getId() {
		return id;
	}

	public String getStage() {
		return stage;
	}

	public String getStageName() {
		return stageName;
	}

	public String getOutcome() {
		return outcome;
	}

	/** The outcome as people read it: {@code notSupported} is "Not supported". */
	public String outcomeInWords() {
		String words = outcome.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	public String getReason() {
		return reason;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public int getRevision() {
		return revision;
	}

	public String getDetails() {
		return details;
	}

	public List<QualityFinding> getFindings() {
		return Collections.unmodifiableList(findings);
	}

}
