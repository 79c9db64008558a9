package edu.college.microcredentials.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MailDeliveryRepository extends JpaRepository<MailDelivery, Long> {

	/** Deliveries due: pending ones whose wait is over, and sending ones whose sender's lease ran out. */
	List<MailDelivery> findByStatusInAndNextAttemptAtLessThanEqualOrderByIdAsc(Collection<MailDelivery.Status> statuses,
			Instant now);

	List<MailDelivery> findByNotificationIdOrderByIdAsc(Long notificationId);

	long countByStatus(MailDelivery.Status status);

	List<MailDelivery> findByStatusOrderByIdAsc(MailDelivery.Status status);

	List<MailDelivery> findByUserIdAndStatusOrderByIdAsc(String userId, MailDelivery.Status status);

	/** What a digest gathered. */
	List<MailDelivery> findByDigestNotificationIdOrderByIdAsc(Long digestNotificationId);

}
