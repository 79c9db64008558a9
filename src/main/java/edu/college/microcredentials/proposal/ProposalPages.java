package edu.college.microcredentials.proposal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages where people follow proposals: <em>My proposals</em> (what the signed-in person wrote or develops) and one
 * page per proposal for everyone who may read it, with two revisions compared field by field. Deciding stays in
 * Tasklist; these pages link to the reader's task there.
 */
@Controller
@RequestMapping("/proposals")
class ProposalPages {

	private final ProposalService proposals;

	private final CurrentSteps currentSteps;

	private final IdentityService identityService;

	private final List<ProposalPageSection> sections;

	private final List<MyProposalsSection> mySections;

	ProposalPages(ProposalService proposals, CurrentSteps currentSteps, IdentityService identityService,
			List<ProposalPageSection> sections, List<MyProposalsSection> mySections) {
		this.proposals = proposals;
		this.currentSteps = currentSteps;
		this.identityService = identityService;
		this.sections = sections;
		this.mySections = mySections;
	}

	@GetMapping
	String myProposals(Model model) {
		Authentication reader = identityService.getCurrentAuthentication();
		List<Proposal> followed = proposals.followedBy(reader.getUserId());
		Map<String, List<CurrentSteps.Step>> steps = currentSteps.of(followed, reader.getUserId(),
				reader.getGroupIds());
		model.addAttribute("proposals", followed.stream()
			.map(proposal -> new Followed(proposal, steps.get(proposal.getReference())))
			.toList());
		model.addAttribute("sections", mySections.stream().map(MyProposalsSection::fragment).toList());
		mySections.forEach(section -> model.addAllAttributes(section.model(reader.getUserId())));
		return "proposals/mine";
	}

	@GetMapping("/{reference}")
	String proposal(@PathVariable String reference, Model model) {
		Proposal proposal = readable(reference);
		Authentication reader = identityService.getCurrentAuthentication();
		model.addAttribute("proposal", proposal);
		model.addAttribute("steps", currentSteps.of(proposal, reader.getUserId(), reader.getGroupIds()));
		model.addAttribute("concept", RevisionView.of(proposal.currentConcept()));
		model.addAttribute("revisions", proposal.getRevisions().stream().map(RevisionView::of).toList());
		model.addAttribute("sections", sections.stream().map(ProposalPageSection::fragment).toList());
		sections.forEach(section -> model.addAllAttributes(section.model(proposal)));
		return "proposals/proposal";
	}

	@GetMapping("/{reference}/compare")
	String compare(@PathVariable String reference, @RequestParam int from, @RequestParam int to, Model model) {
		Proposal proposal = readable(reference);
		Concept earlier = revision(proposal, Math.min(from, to));
		Concept later = revision(proposal, Math.max(from, to));
		List<FieldChange> fields = later.besideEarlier(earlier);
		model.addAttribute("proposal", proposal);
		model.addAttribute("earlier", RevisionView.of(earlier));
		model.addAttribute("later", RevisionView.of(later));
		model.addAttribute("fields", fields);
		model.addAttribute("changes", fields.stream().filter(FieldChange::changed).count());
		return "proposals/compare";
	}

	/** The proposal, or 403 telling nothing about it to someone who may not read it. */
	private Proposal readable(String reference) {
		Proposal proposal = proposals.find(reference);
		Authentication reader = identityService.getCurrentAuthentication();
		if (!proposal.mayBeReadBy(reader.getUserId(), reader.getGroupIds())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Only a proposal's author, its advisory team, reviewing staff and auditors can see it.");
		}
		return proposal;
	}

	private static Concept revision(Proposal proposal, int revision) {
		return proposal.getRevisions().stream().filter(concept -> concept.getRevision() == revision).findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					proposal.getReference() + " has no revision " + revision + "."));
	}

	/** A row of <em>My proposals</em>. */
	record Followed(Proposal proposal, List<CurrentSteps.Step> steps) {

		public Optional<CurrentSteps.Step> nextStep() {
			return steps.stream().findFirst();
		}

		public Optional<CurrentSteps.Step> yourStep() {
			return steps.stream().filter(CurrentSteps.Step::yours).findFirst();
		}

		/** The last decision, or the return for revision when that came later (a rule broken, a question asked). */
		public Optional<LastWord> lastWord() {
			Optional<LastWord> decided = proposal.lastDecision().map(decision -> new LastWord(
					decision.outcomeInWords(), decision.getStageName(), decision.getReason(), decision.getDecidedAt()));
			Optional<LastWord> returned = proposal.getLifecycle().stream()
				.filter(entry -> entry.getTransition() == Transition.RETURNED_FOR_REVISION)
				.reduce((earlier, later) -> later)
				.map(entry -> new LastWord("Returned for revision", entry.getStage(), entry.getReason(),
						entry.getHappenedAt()));
			return Stream.of(decided, returned).flatMap(Optional::stream)
				.max(Comparator.comparing(LastWord::at));
		}

	}

	record LastWord(String outcome, String stage, String reason, Instant at) {
	}

	/** One revision of the concept as its page shows it: every field with its label. */
	record RevisionView(int revision, String submittedBy, Instant submittedAt, boolean byAdvisoryTeam,
			List<Field> fields, List<Competency> competencies) {

		static RevisionView of(Concept concept) {
			return new RevisionView(concept.getRevision(), concept.getSubmittedBy(), concept.getSubmittedAt(),
					concept.isRevisedByAdvisoryTeam(),
					ConceptField.ALL.stream().map(field -> new Field(field.label(), field.display(concept)))
						.filter(field -> field.value() != null && !field.value().isBlank()).toList(),
					concept.getCompetencies());
		}

	}

	record Field(String label, String value) {
	}

}
