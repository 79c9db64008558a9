package edu.college.microcredentials.notification;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day ({@code approval.mail.digest-at}, in the college's time zone) each person who chose the daily digest
 * gets the mail held for them gathered into one message. The digest is a notification with one delivery, written in
 * the transaction that marks the held ones DIGESTED, so {@link MailOutbox} sends it like any other: retries, a stable
 * Message-ID, never twice (a second node gathering the same deliveries fails on their version and writes nothing).
 */
@Component
class DailyDigest implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	private final MailDeliveryRepository deliveries;

	private final NotificationService notifications;

	private final MailSettings settings;

	private final TransactionTemplate transaction;

	DailyDigest(MailDeliveryRepository deliveries, NotificationService notifications, MailSettings settings,
			PlatformTransactionManager transactions) {
		this.deliveries = deliveries;
		this.notifications = notifications;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar schedule) {
		settings.digestCron().ifPresent(cron -> schedule
			.addCronTask(new CronTask(this::gather, new CronTrigger(cron, ZoneId.systemDefault()))));
	}

	/** Gathers each person's held mail into their digest; the schedule calls it, and so may a test. */
	void gather() {
		Map<String, String> people = transaction.execute(status -> deliveries
			.findByStatusOrderByIdAsc(MailDelivery.Status.HELD).stream()
			.collect(Collectors.toMap(MailDelivery::getUserId, MailDelivery::getAddress, (first, latest) -> latest,
					LinkedHashMap::new)));
		people.forEach(this::gather);
	}

	private void gather(String userId, String address) {
		try {
			transaction.executeWithoutResult(status -> {
				List<MailDelivery> held = deliveries.findByUserIdAndStatusOrderByIdAsc(userId, MailDelivery.Status.HELD);
				if (!held.isEmpty()) {
					notifications.gatherDigest(userId, address, held);
				}
			});
		}
		catch (ObjectOptimisticLockingFailureException gatheredByAnotherNode) {
			log.info("The daily digest of {} was gathered by another node", userId);
		}
	}

}
