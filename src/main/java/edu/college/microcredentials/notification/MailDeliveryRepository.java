package edu.college.microcredentials.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MailDeliveryRepository extends JpaRepository<MailDelivery, Long> {

	/** Deliveries due: pending ones whose wait is over, and sending ones whose sender's lease ran out. */
	List<MailDelivery> findByStatusInAndNextAttemptAtLessThanEqualOrderByIdAsc(Collection<MailDelivery.Status> statuses,
			Instant now);

	List<MailDelivery> findByNotificationIdOrderByIdAsc(Long notificationId);

	long countByStatus(MailDelivery.Status status);

	List<MailDelivery> findByStatusOrderByIdAsc(MailDelivery.Status status);

	List<MailDelivery> findByUserIdAndStatusOrderByIdAsc(String userId, MailDelivery.Status status);

	/** The newest deliveries, for the administrators' mail page. */
	List<MailDelivery> findTop200ByOrderByIdDesc();

	List<MailDelivery> findTop200ByStatusOrderByIdDesc(MailDelivery.Status status);

	/** The newest mail to one person, for their <em>My proposals</em>. */
	List<MailDelivery> findTop20ByUserIdOrderByIdDesc(String userId);

	/** What a digest gathered. */
	List<MailDelivery> findByDigestNotificationIdOrderByIdAsc(Long digestNotificationId);

	/** Every delivery of what was written about the proposal. */
	@Modifying
	@Query("delete from MailDelivery d where d.notificationId in (select n.id from Notification n where n.proposalReference = :reference)")
	void deleteAllAbout(String reference);

}
