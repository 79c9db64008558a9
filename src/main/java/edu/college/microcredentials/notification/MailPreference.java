package edu.college.microcredentials.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** How a person wants their mail: one message per event (the default, without a row), or a daily digest. */
@Entity
class MailPreference {

	@Id
	private String userId;

	private boolean dailyDigest;

	private Instant chosenAt;

	protected MailPreference() {
	}

	MailPreference(String userId) {
		this.userId = userId;
	}

	void choose(boolean dailyDigest, Instant at) {
		this.dailyDigest = dailyDigest;
		this.chosenAt = at;
	}

	boolean isDailyDigest() {
		return dailyDigest;
	}

}
