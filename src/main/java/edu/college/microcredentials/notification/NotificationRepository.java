package edu.college.microcredentials.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findByProposalReferenceOrderByIdAsc(String proposalReference);

	@Modifying
	@Query("delete from Notification n where n.proposalReference = :reference")
	void deleteAllAbout(String reference);

}
