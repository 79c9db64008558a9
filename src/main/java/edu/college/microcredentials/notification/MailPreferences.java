package edu.college.microcredentials.notification;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's choice between one mail per event (the default) and a daily digest of them ({@link DailyDigest}).
 * For the pages where people choose (My proposals).
 */
@Service
@Transactional
public class MailPreferences {

	private final MailPreferenceRepository preferences;

	private final MailDeliveryRepository deliveries;

	MailPreferences(MailPreferenceRepository preferences, MailDeliveryRepository deliveries) {
		this.preferences = preferences;
		this.deliveries = deliveries;
	}

	/** From now on the person's mail is held and sent once a day, gathered into one message. */
	public void chooseDailyDigest(String userId) {
		choose(userId, true);
	}

	/** From now on the person gets one mail per event; what was held for their digest goes out now. */
	public void chooseEachMessage(String userId) {
		choose(userId, false);
		Instant now = now();
		deliveries.findByUserIdAndStatusOrderByIdAsc(userId, MailDelivery.Status.HELD)
			.forEach(held -> held.release(now));
	}

	@Transactional(readOnly = true)
	public boolean receivesDailyDigest(String userId) {
		return preferences.findById(userId).map(MailPreference::isDailyDigest).orElse(false);
	}

	private void choose(String userId, boolean dailyDigest) {
		MailPreference preference = preferences.findById(userId).orElseGet(() -> new MailPreference(userId));
		preference.choose(dailyDigest, now());
		preferences.save(preference);
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
