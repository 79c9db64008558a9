package edu.college.microcredentials.notification;

import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * Writes a notification's mail from {@code templates/mail/notification.html} and its plain-text twin
 * {@code notification.txt}. An engine of its own, apart from any web pages, reading the text one in text mode.
 */
@Component
class MailTemplates {

	/** What a mail says, in both forms. */
	record MailText(String subject, String plain, String html) {
	}

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final ProposalService proposals;

	private final String tasklistUrl;

	MailTemplates(ProposalService proposals, @Value("${approval.issuer.base-url}") String baseUrl) {
		this.proposals = proposals;
		this.tasklistUrl = baseUrl.replaceAll("/+$", "") + "/camunda/app/tasklist/";
		ClassLoaderTemplateResolver mailTemplates = new ClassLoaderTemplateResolver();
		mailTemplates.setPrefix("templates/mail/");
		mailTemplates.setTextTemplateModePatterns(Set.of("*.txt"));
		mailTemplates.setHtmlTemplateModePatterns(Set.of("*.html"));
		mailTemplates.setCharacterEncoding("UTF-8");
		templates.setTemplateResolver(mailTemplates);
	}

	MailText write(Notification notification) {
		Proposal proposal = proposals.find(notification.getProposalReference());
		Context about = new Context(null, Map.of("reference", proposal.getReference(), "title",
				proposal.currentConcept().getTitle(), "subject", notification.getSubject(), "text",
				notification.getBody(), "tasklistUrl", tasklistUrl));
		return new MailText(notification.getSubject(), templates.process("notification.txt", about),
				templates.process("notification.html", about));
	}

}
