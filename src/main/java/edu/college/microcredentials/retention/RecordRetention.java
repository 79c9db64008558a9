package edu.college.microcredentials.retention;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import edu.college.microcredentials.proposal.ProposalNotFoundException;
import edu.college.microcredentials.proposal.ProposalRecordRemoved;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * Removes, every night, the record and the engine's history of each proposal that ended more than the retention
 * period ago, both in one transaction per proposal: a failure (an instance still running, a database error) leaves
 * both as they were, and the next night tries again. The engine's own history cleanup is off
 * ({@code history-cleanup-enabled: false}), because it would count from each instance's end rather than the
 * proposal's and leave the record without its history.
 */
@Service
@EnableConfigurationProperties(RetentionSettings.class)
public class RecordRetention {

	private static final Logger log = LoggerFactory.getLogger(RecordRetention.class);

	private final ProposalService proposals;

	private final HistoryService history;

	private final RemovedRecordRepository removedRecords;

	private final RetentionSettings settings;

	private final TransactionTemplate transaction;

	RecordRetention(ProposalService proposals, HistoryService history, RemovedRecordRepository removedRecords,
			RetentionSettings settings, PlatformTransactionManager transactions) {
		this.proposals = proposals;
		this.history = history;
		this.removedRecords = removedRecords;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Removes what is past the retention period; the schedule calls it, and so may a test.
	 *
	 * @return the notes of what was removed this time
	 */
	@Scheduled(cron = "${approval.retention.remove-at}")
	public List<RemovedRecord> removeWhatIsPastRetention() {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		Instant cutoff = now.minus(settings.period());
		return proposals.endedBefore(cutoff).stream()
			.map(reference -> removeOrKeep(reference, cutoff, now))
			.filter(Objects::nonNull)
			.toList();
	}

	private RemovedRecord removeOrKeep(String reference, Instant cutoff, Instant now) {
		try {
			RemovedRecord removed = transaction.execute(status -> remove(reference, cutoff, now));
			log.info("Removed the record and history of {} ({} since {}), past its retention period", reference,
					removed.getEndedAs().label(), removed.getEndedAt());
			return removed;
		}
		catch (ProposalNotFoundException removedByAnotherNode) {
			log.info("The record and history of {} were removed by another node", reference);
			return null;
		}
		catch (RuntimeException kept) {
			log.error("Kept the record and history of {}, past its retention period: {}", reference, kept.getMessage());
			return null;
		}
	}

	private RemovedRecord remove(String reference, Instant cutoff, Instant now) {
		List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
			.list().stream().map(HistoricProcessInstance::getId).toList();
		if (!instances.isEmpty()) {
			// refuses, and so rolls the record's removal back, while any of them still runs
			history.deleteHistoricProcessInstancesBulk(instances);
			// the engine keeps the user operation log when it deletes an instance's history; it goes too
			instances.forEach(this::deleteOperationLogOf);
		}
		ProposalRecordRemoved removed = proposals.remove(reference, cutoff);
		return removedRecords.save(new RemovedRecord(removed, instances.size(), now));
	}

	private void deleteOperationLogOf(String processInstance) {
		history.createUserOperationLogQuery().processInstanceId(processInstance).list()
			.forEach(entry -> history.deleteUserOperationLogEntry(entry.getId()));
	}

	/** Every removal so far, the oldest first. */
	@Transactional(readOnly = true)
	public List<RemovedRecord> removedRecords() {
		return removedRecords.findAllByOrderByRemovedAtAscReferenceAsc();
	}

}
