package edu.college.microcredentials.proposal;

import java.util.Optional;

import org.hibernate.Session;

import jakarta.persistence.EntityManager;

/** Spring Data's implementation of {@link ProposalByReference}, through Hibernate's natural id resolution. */
class ProposalByReferenceImpl implements ProposalByReference {

	private final EntityManager entityManager;

	ProposalByReferenceImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Optional<Proposal> findByReference(String reference) {
		return entityManager.unwrap(Session.class).bySimpleNaturalId(Proposal.class).loadOptional(reference);
	}

}
