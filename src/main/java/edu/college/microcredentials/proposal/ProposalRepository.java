package edu.college.microcredentials.proposal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

	Optional<Proposal> findByReference(String reference);

}
