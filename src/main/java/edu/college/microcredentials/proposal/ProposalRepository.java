package edu.college.microcredentials.proposal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, Long>, ProposalByReference {

	/** The proposals {@code userId} wrote or develops on the advisory team, the newest first. */
	@Query("""
			select p from Proposal p where p.author = :userId
			or concat(',', p.advisoryTeam, ',') like concat('%,', :userId, ',%')
			order by p.submittedAt desc""")
	List<Proposal> findFollowedBy(String userId);

	/** The references of the proposals in one of the {@code ended} statuses whose last transition was before {@code cutoff}. */
	@Query("""
			select p.reference from Proposal p join p.lifecycle e where p.status in :ended
			group by p.reference having max(e.happenedAt) < :cutoff order by p.reference""")
	List<String> findEndedBefore(Collection<ProposalStatus> ended, Instant cutoff);

	@Query("select p.reference from Proposal p order by p.reference")
	List<String> findAllReferences();

	@Query("select p.reference from Proposal p where p.status in :statuses order by p.reference")
	List<String> findReferencesWithStatus(Collection<ProposalStatus> statuses);

	/** The proposals with a decision made from {@code from} (inclusive) to {@code to} (exclusive). */
	@Query("""
			select distinct p from Proposal p join p.decisions d where d.decidedAt >= :from and d.decidedAt < :to""")
	List<Proposal> findDecidedBetween(Instant from, Instant to);

}
