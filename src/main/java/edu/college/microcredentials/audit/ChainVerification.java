package edu.college.microcredentials.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import edu.college.microcredentials.audit.RecordChainReport.BrokenLink;
import edu.college.microcredentials.audit.RecordChainReport.Chain;
import edu.college.microcredentials.proposal.ChainedRecord;
import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalRepository;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Recomputes every proposal's hash chain from the records as the database holds them now, and raises an alert when
 * a link is broken: an ERROR in the log and the gauge {@code approval.audit.broken-links} above 0 (at
 * {@code /actuator/metrics}), as found by the latest verification, scheduled every
 * {@code approval.audit.verify-every} or asked for at {@code /api/audit/verification}.
 */
@Service
public class ChainVerification {

	private static final Logger log = LoggerFactory.getLogger(ChainVerification.class);

	private final ProposalRepository proposals;

	private final TransactionTemplate readOnly;

	private final AtomicInteger brokenLinks = new AtomicInteger();

	ChainVerification(ProposalRepository proposals, PlatformTransactionManager transactions, MeterRegistry meters) {
		this.proposals = proposals;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		Gauge.builder("approval.audit.broken-links", brokenLinks, AtomicInteger::get)
			.description("Records that do not fit their proposal's hash chain, at the latest verification")
			.register(meters);
	}

	@Scheduled(initialDelayString = "${approval.audit.verify-every}", fixedDelayString = "${approval.audit.verify-every}")
	void verifyOnSchedule() {
		verify();
	}

	public RecordChainReport verify() {
		RecordChainReport report = readOnly.execute(status -> {
			List<BrokenLink> broken = new ArrayList<>();
			List<Chain> chains = proposals.findAll(Sort.by("id")).stream()
				.map(proposal -> verify(proposal, broken))
				.toList();
			return RecordChainReport.of(ClockUtil.getCurrentTime().toInstant(), broken, chains);
		});
		brokenLinks.set(report.brokenLinks().size());
		report.brokenLinks().forEach(link -> log.error("Broken link in the records of {}: {} {} (record {} of its "
				+ "chain): {}", link.proposal(), link.kind(), link.recordId(), link.position(), link.problem()));
		return report;
	}

	/** Walks the proposal's chain from its start, each record against the hash stored before it. */
	private static Chain verify(Proposal proposal, List<BrokenLink> broken) {
		String previousHash = ChainedRecord.chainStart(proposal.getReference());
		int expectedPosition = 1;
		List<ChainedRecord> chain = proposal.chain();
		for (ChainedRecord record : chain) {
			String problem = problemOf(record, expectedPosition, previousHash);
			if (problem != null) {
				broken.add(new BrokenLink(proposal.getReference(), record.kind(), record.getId(),
						record.getChainPosition(), problem));
			}
			// the next record is checked against the hash stored here, so one changed record is one broken link
			previousHash = record.getRecordHash();
			expectedPosition = record.getChainPosition() + 1;
		}
		long allRecords = Stream.of(proposal.getRevisions(), proposal.getDecisions(), proposal.getLifecycle())
			.mapToLong(List::size)
			.sum();
		return new Chain(proposal.getReference(), chain.size(), (int) allRecords - chain.size(),
				chain.isEmpty() ? null : previousHash);
	}

	/** What is wrong with the record where the chain expects its next one; {@code null} when it fits. */
	private static String problemOf(ChainedRecord record, int expectedPosition, String previousHash) {
		int position = record.getChainPosition();
		if (position > expectedPosition) {
			return position - expectedPosition == 1 ? "record " + expectedPosition + " of the chain is missing before it"
					: "records " + expectedPosition + " to " + (position - 1) + " of the chain are missing before it";
		}
		if (position < expectedPosition) {
			return "a second record at position " + position + " of the chain";
		}
		return record.hashAfter(previousHash).equals(record.getRecordHash()) ? null
				: "its content is not what was written";
	}

}
