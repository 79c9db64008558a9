package edu.college.microcredentials.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * Writes a notification's mail: the layout ({@code templates/mail/layout.html} and its plain-text twin
 * {@code layout.txt}) frames the words of the notification's kind ({@code <kind>.html}, {@code <kind>.txt}) with
 * the facts that apply and the links. An engine of its own, apart from any web pages, reading the text ones in text
 * mode.
 */
@Component
class MailTemplates {

	/** What a mail says, in both forms. */
	record MailText(String subject, String plain, String html) {
	}

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final ProposalService proposals;

	private final MailLinks links;

	private final MailDeliveryRepository deliveries;

	private final NotificationRepository notifications;

	MailTemplates(ProposalService proposals, MailLinks links, MailDeliveryRepository deliveries,
			NotificationRepository notifications) {
		this.proposals = proposals;
		this.links = links;
		this.deliveries = deliveries;
		this.notifications = notifications;
		ClassLoaderTemplateResolver mailTemplates = new ClassLoaderTemplateResolver();
		mailTemplates.setPrefix("templates/mail/");
		mailTemplates.setTextTemplateModePatterns(Set.of("*.txt"));
		mailTemplates.setHtmlTemplateModePatterns(Set.of("*.html"));
		mailTemplates.setCharacterEncoding("UTF-8");
		templates.setTemplateResolver(mailTemplates);
	}

	MailText write(Notification notification) {
		Map<String, Object> facts = facts(notification);
		facts.put("messages", deliveries.findByDigestNotificationIdOrderByIdAsc(notification.getId()).stream()
			.map(gathered -> facts(notifications.findById(gathered.getNotificationId()).orElseThrow())).toList());
		Context about = new Context(null, facts);
		return new MailText(notification.getSubject(), templates.process("layout.txt", about),
				templates.process("layout.html", about));
	}

	/**
	 * What the templates are given; a fact that does not apply is {@code null}, and the templates leave it out.
	 * {@code messages}, the messages a digest gathered, each with its own facts, is empty for any other.
	 */
	private Map<String, Object> facts(Notification notification) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("kind", notification.getKind().template());
		facts.put("subject", notification.getSubject());
		facts.put("text", notification.getBody());
		facts.put("stage", notification.getStage());
		facts.put("decision", notification.getDecision());
		facts.put("reason", notification.getReason());
		facts.put("due", notification.getDueAt() == null ? null
				: LocalDate.ofInstant(notification.getDueAt(), ZoneId.systemDefault()).toString());
		facts.put("taskUrl", notification.getTaskId() == null ? null : links.task(notification.getTaskId()));
		facts.put("tasklistUrl", links.tasklist());
		if (notification.getProposalReference() != null) {
			Proposal proposal = proposals.find(notification.getProposalReference());
			facts.put("reference", proposal.getReference());
			facts.put("title", proposal.currentConcept().getTitle());
			facts.put("proposalUrl", links.proposal(proposal.getReference()));
		}
		return facts;
	}

}
