package edu.college.microcredentials.proposal;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The record of one proposal, read-only: where it stands, its revisions and every decision with its reason. */
@RestController
@RequestMapping("/api/proposals")
class ProposalController {

	private final ProposalService proposals;

	private final IdentityService identityService;

	ProposalController(ProposalService proposals, IdentityService identityService) {
		this.proposals = proposals;
		this.identityService = identityService;
	}

	/** Readable by its author, its advisory team and the roles that review, audit or administer proposals. */
	@GetMapping("/{reference}")
	ProposalRecord proposal(@PathVariable String reference) {
		Proposal proposal = proposals.find(reference);
		Authentication reader = identityService.getCurrentAuthentication();
		if (reader == null || !proposal.mayBeReadBy(reader.getUserId(), reader.getGroupIds())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Only the author of " + reference + ", its advisory team, reviewing staff and auditors can read it.");
		}
		return ProposalRecord.of(proposal);
	}

	record ProposalRecord(String reference, String title, String author, ProposalStatus status, String stage,
			Instant submittedAt, Instant publishedAt, List<RevisionRecord> revisions, List<DecisionRecord> decisions) {

		static ProposalRecord of(Proposal proposal) {
			return new ProposalRecord(proposal.getReference(), proposal.currentConcept().getTitle(),
					proposal.getAuthor(), proposal.getStatus(), proposal.getStage(), proposal.getSubmittedAt(),
					proposal.getPublishedAt(),
					proposal.getRevisions().stream()
						.map(concept -> new RevisionRecord(concept.getRevision(), concept.getSubmittedBy(),
								concept.getSubmittedAt(), concept.getTitle(), concept.getInstructionalHours(),
								concept.getDurationWeeks(), concept.problems()))
						.toList(),
					proposal.getDecisions().stream()
						.map(decision -> new DecisionRecord(decision.getStage(), decision.getStageName(),
								decision.getOutcome(), decision.getReason(), decision.getDecidedBy(),
								decision.getDecidedAt(), decision.getRevision(), decision.getDetails()))
						.toList());
		}

	}

	record RevisionRecord(int revision, String submittedBy, Instant submittedAt, String title,
			Integer instructionalHours, Integer durationWeeks, List<String> problems) {
	}

	/** {@code details}: what the step recorded besides its outcome (the Board's meeting and motion), as JSON. */
	record DecisionRecord(String stage, String stageName, String outcome, String reason, String decidedBy,
			Instant decidedAt, int revision, @JsonRawValue String details) {
	}

}
