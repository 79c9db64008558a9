package edu.college.microcredentials.catalogue;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The catalogue's search index (Lucene, on this node's disk) rebuilt from its tables: at every start, so an index
 * lost, stale or made by an older version never matters, and every {@code approval.catalogue.reindex-every}, so with
 * several nodes each one also finds what another published. Between rebuilds, Hibernate Search indexes each change
 * this node commits. The catalogue is small: a rebuild takes moments.
 */
@Component
class CatalogueIndex {

	private static final Logger LOG = LoggerFactory.getLogger(CatalogueIndex.class);

	private final EntityManagerFactory entityManagerFactory;

	CatalogueIndex(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildAtStart() {
		rebuild();
	}

	@Scheduled(fixedDelayString = "${approval.catalogue.reindex-every}",
			initialDelayString = "${approval.catalogue.reindex-every}")
	void rebuild() {
		try {
			Search.mapping(entityManagerFactory.unwrap(SessionFactory.class))
				.scope(CatalogueEntry.class)
				.massIndexer()
				.startAndWait();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			LOG.warn("The catalogue's search index was not rebuilt: interrupted");
		}
	}

}
