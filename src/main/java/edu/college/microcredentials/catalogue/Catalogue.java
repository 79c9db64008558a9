package edu.college.microcredentials.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalEvent;
import edu.college.microcredentials.proposal.ProposalRecordRemoved;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.proposal.ProposalStatus;

/**
 * Keeps the catalogue from the record's events, in the transaction of each transition: publication adds an entry, a
 * revision after a periodic review reads the record again and notes what changed, each scheduled review sets the next
 * review date, retirement marks the entry retired (no longer found; its page and badges say so), and the end of the
 * retention period removes it. Searches its Lucene index for the public.
 */
@Service
@EnableConfigurationProperties(CatalogueSettings.class)
public class Catalogue {

	/** At most this many results on one page of the public search. */
	static final int MAX_RESULTS = 100;

	private final CatalogueEntryRepository entries;

	private final ProposalService proposals;

	private final EntityManager entityManager;

	Catalogue(CatalogueEntryRepository entries, ProposalService proposals, EntityManager entityManager) {
		this.entries = entries;
		this.proposals = proposals;
		this.entityManager = entityManager;
	}

	@EventListener
	void published(ProposalEvent.Published published) {
		entries.save(CatalogueEntry.publishedFrom(proposals.find(published.reference()), published.at()));
	}

	@EventListener
	void revised(ProposalEvent.RevisedAfterReview revised) {
		entry(revised.reference()).ifPresent(entry -> {
			entry.copy(proposals.find(revised.reference()));
			entry.revisedAfterReview(revised.changes(), revised.at());
		});
	}

	@EventListener
	void nextReviewScheduled(ProposalEvent.NextReviewScheduled scheduled) {
		entry(scheduled.reference()).ifPresent(entry -> entry
			.nextReviewOn(LocalDate.ofInstant(scheduled.at(), ZoneId.systemDefault()).plusMonths(scheduled.months())));
	}

	@EventListener
	void retired(ProposalEvent.Retired retired) {
		entry(retired.reference()).ifPresent(entry -> entry.retire(retired.reason(), retired.at()));
	}

	/**
	 * At start, an entry for every credential published before the catalogue existed (or while it was not kept):
	 * its badges resolve as before, and a retired one says so.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void addMissingEntries() {
		for (String reference : proposals.withStatus(
				EnumSet.of(ProposalStatus.PUBLISHED, ProposalStatus.UNDER_REVIEW, ProposalStatus.RETIRED))) {
			if (entries.findByReference(reference).isEmpty()) {
				Proposal proposal = proposals.find(reference);
				Instant publishedAt = proposal.getPublishedAt() != null ? proposal.getPublishedAt()
						: proposal.getSubmittedAt();
				CatalogueEntry entry = CatalogueEntry.publishedFrom(proposal, publishedAt);
				if (proposal.getStatus() == ProposalStatus.RETIRED) {
					entry.retire(null, proposal.endedAt().orElse(publishedAt));
				}
				entries.save(entry);
			}
		}
	}

	/** A credential's entry goes with its record at the end of the retention period. */
	@EventListener
	void removeEntryOf(ProposalRecordRemoved removed) {
		entries.deleteByReference(removed.reference());
	}

	/** The entry of a published or retired credential. */
	@Transactional(readOnly = true)
	public Optional<CatalogueEntry> entry(String reference) {
		return entries.findByReference(reference);
	}

	/** Every entry, retired ones included, for registries that follow the catalogue. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> everyEntry() {
		return entries.findAllByOrderByReference();
	}

	/** The credentials that can be earned now (not retired), by title. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> current() {
		return entries.findByRetiredFalseOrderByTitle();
	}

	/**
	 * The credentials that can be earned now and fit every part of {@code query} given: its words anywhere (title,
	 * description, learning outcomes, competencies, partner), the competency, the partner and the delivery mode;
	 * the best match first. An empty query finds every current credential, by title.
	 */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> search(CatalogueQuery query) {
		if (query.isEmpty()) {
			return current();
		}
		return Search.session(entityManager)
			.search(CatalogueEntry.class)
			.where(f -> f.and().with(all -> {
				all.add(f.match().field("retired").matching(false));
				if (query.hasWords()) {
					all.add(f.simpleQueryString()
						.fields("title", "description", "learningOutcomes", "competencies.name", "industryPartner")
						.matching(query.words())
						.defaultOperator(BooleanOperator.AND));
				}
				if (query.hasCompetency()) {
					all.add(f.or(f.phrase().field("competencies.name").matching(query.competency()),
							f.match().field("competencies.escoUri").matching(query.competency())));
				}
				if (query.hasPartner()) {
					all.add(f.match().field("industryPartner_keyword").matching(query.partner()));
				}
				if (query.hasDeliveryMode()) {
					all.add(f.match().field("deliveryMode").matching(query.deliveryMode()));
				}
			}))
			.fetchHits(MAX_RESULTS);
	}

}
