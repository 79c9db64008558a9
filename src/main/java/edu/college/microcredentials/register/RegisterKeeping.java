package edu.college.microcredentials.register;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import edu.college.microcredentials.proposal.LifecycleEntry;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalEvent;
import edu.college.microcredentials.proposal.ProposalRecordRemoved;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * Keeps one {@link RegisterEntry} per proposal from the record's events, in the transaction of the step (so the entry
 * and the record never disagree), and the search index from the entries.
 * <p>
 * The index is each application node's own, in memory: built from the entries when the node starts, kept by Hibernate
 * Search as this node writes entries, and every {@code approval.register.refresh-every} brought up to date with the
 * entries other nodes wrote since (docs/register.md, section Several nodes).
 */
@Component
class RegisterKeeping {

	private static final Logger log = LoggerFactory.getLogger(RegisterKeeping.class);

	private final RegisterEntries entries;

	private final ProposalService proposals;

	private final TaskService tasks;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private volatile Instant refreshedUpTo = Instant.EPOCH;

	RegisterKeeping(RegisterEntries entries, ProposalService proposals, TaskService tasks,
			EntityManager entityManager, TransactionTemplate transaction) {
		this.entries = entries;
		this.proposals = proposals;
		this.tasks = tasks;
		this.entityManager = entityManager;
		this.transaction = transaction;
	}

	@EventListener
	void on(ProposalEvent event) {
		Proposal proposal = proposals.find(event.reference());
		RegisterEntry entry = entries.findById(event.reference()).orElseGet(() -> new RegisterEntry(event.reference()));
		entry.describe(proposal, event.at());
		if (event instanceof ProposalEvent.StepReached reached) {
			entry.waitAt(reached.step(), reached.due(), reached.actors(), reached.at());
		}
		else if (event instanceof ProposalEvent.Decided) {
			entry.stepDone();
		}
		entries.save(entry);
	}

	@EventListener
	void on(ProposalRecordRemoved removed) {
		entries.deleteById(removed.reference());
	}

	/** Writes the entries of proposals recorded before the register existed, then builds this node's index. */
	@EventListener(ApplicationReadyEvent.class)
	void buildIndex() throws InterruptedException {
		Instant start = Instant.now();
		List<String> missing = proposals.references().stream().filter(reference -> !entries.existsById(reference))
			.toList();
		missing.forEach(reference -> transaction.executeWithoutResult(status -> entries.save(fromRecord(reference))));
		Search.mapping(entityManager.getEntityManagerFactory()).scope(RegisterEntry.class).massIndexer()
			.threadsToLoadObjects(1).startAndWait();
		refreshedUpTo = start;
		log.info("Register index built: {} proposals ({} entries written from their records)", entries.count(),
				missing.size());
	}

	/** The entry of a proposal recorded before the register: its current step and due date from the engine. */
	private RegisterEntry fromRecord(String reference) {
		Proposal proposal = proposals.find(reference);
		List<LifecycleEntry> lifecycle = proposal.getLifecycle();
		Instant since = lifecycle.stream().filter(entry -> entry.getStage() != null
				&& entry.getStage().equals(proposal.getStage())).map(LifecycleEntry::getHappenedAt).min(
						Comparator.naturalOrder()).orElse(proposal.getSubmittedAt());
		RegisterEntry entry = new RegisterEntry(reference);
		entry.describe(proposal, since == null ? Instant.now() : since);
		if (!proposal.getStatus().hasEnded()) {
			// at start nobody is signed in, so the engine checks no authorizations
			tasks.createTaskQuery().processInstanceBusinessKey(reference).active().orderByTaskCreateTime().desc()
				.list().stream().findFirst()
				.ifPresent(task -> entry.waitAt(task.getTaskDefinitionKey(),
						task.getDueDate() == null ? null : task.getDueDate().toInstant(), actorsOf(task),
						task.getCreateTime().toInstant()));
		}
		return entry;
	}

	private Set<String> actorsOf(Task task) {
		Set<String> actors = new HashSet<>();
		if (task.getAssignee() != null) {
			actors.add("user:" + task.getAssignee());
		}
		tasks.getIdentityLinksForTask(task.getId()).stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.forEach(link -> actors.add(link.getGroupId() != null ? "group:" + link.getGroupId()
					: "user:" + link.getUserId()));
		return actors;
	}

	/** Brings this node's index up to date with the entries other nodes wrote since the last time. */
	@Scheduled(fixedDelayString = "${approval.register.refresh-every:PT30S}",
			initialDelayString = "${approval.register.refresh-every:PT30S}")
	@Transactional
	public void refreshFromOtherNodes() {
		if (refreshedUpTo.equals(Instant.EPOCH)) {
			return;
		}
		Instant start = Instant.now();
		// a margin for clocks and for transactions that committed late
		List<RegisterEntry> changed = entries.findByUpdatedAtAfter(refreshedUpTo.minusSeconds(120));
		if (!changed.isEmpty()) {
			var plan = Search.session(entityManager).indexingPlan();
			changed.forEach(plan::addOrUpdate);
		}
		refreshedUpTo = start;
	}

}
