package edu.college.microcredentials.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where the links in mail lead, under the application's public address {@code approval.issuer.base-url}. */
@Component
class MailLinks {

	private final String baseUrl;

	MailLinks(@Value("${approval.issuer.base-url}") String baseUrl) {
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** The proposal's own page. */
	String proposal(String reference) {
		return baseUrl + "/proposals/" + reference;
	}

	/** The task, opened in Tasklist. */
	String task(String taskId) {
		return tasklist() + "default/#/?task=" + taskId;
	}

	String tasklist() {
		return baseUrl + "/camunda/app/tasklist/";
	}

}
