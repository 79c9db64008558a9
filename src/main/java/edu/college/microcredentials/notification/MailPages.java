package edu.college.microcredentials.notification;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import edu.college.microcredentials.proposal.MyProposalsSection;

/**
 * Mail as people see it in the application: process administrators list every delivery (what was kept, what failed
 * and why) and retry a failed one at {@code /admin/mail}; each person sees their own mail on <em>My proposals</em>
 * and chooses one mail per event or a daily digest there.
 */
@Controller
class MailPages implements MyProposalsSection {

	private final MailDeliveryRepository deliveries;

	private final NotificationRepository notifications;

	private final MailOutbox outbox;

	private final MailPreferences preferences;

	private final IdentityService identityService;

	MailPages(MailDeliveryRepository deliveries, NotificationRepository notifications, MailOutbox outbox,
			MailPreferences preferences, IdentityService identityService) {
		this.deliveries = deliveries;
		this.notifications = notifications;
		this.outbox = outbox;
		this.preferences = preferences;
		this.identityService = identityService;
	}

	/** A delivery with the message it delivers. */
	record Mail(MailDelivery delivery, Notification message) {
	}

	/** {@code /admin/**} is for process administrators only (security/SignIn). */
	@GetMapping("/admin/mail")
	String mail(@RequestParam(required = false) MailDelivery.Status status, Model model) {
		model.addAttribute("mail", withMessages(status == null ? deliveries.findTop200ByOrderByIdDesc()
				: deliveries.findTop200ByStatusOrderByIdDesc(status)));
		model.addAttribute("status", status);
		model.addAttribute("counts", Arrays.stream(MailDelivery.Status.values())
			.collect(Collectors.toMap(Function.identity(), deliveries::countByStatus, (a, b) -> a,
					() -> new EnumMap<>(MailDelivery.Status.class))));
		return "notification/admin-mail";
	}

	@PostMapping("/admin/mail/{deliveryId}/retry")
	String retry(@PathVariable long deliveryId, RedirectAttributes page) {
		try {
			outbox.retry(deliveryId);
			page.addFlashAttribute("done", "Delivery " + deliveryId + " will be sent again at the next drain.");
		}
		catch (NoSuchElementException | IllegalStateException refused) {
			page.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/admin/mail";
	}

	/** The signed-in person chooses how their mail comes. */
	@PostMapping("/proposals/mail-preference")
	String choose(@RequestParam boolean dailyDigest, RedirectAttributes page) {
		String userId = identityService.getCurrentAuthentication().getUserId();
		if (dailyDigest) {
			preferences.chooseDailyDigest(userId);
			page.addFlashAttribute("mailChoice", "You will get one digest a day instead of a mail per event.");
		}
		else {
			preferences.chooseEachMessage(userId);
			page.addFlashAttribute("mailChoice", "You will get a mail for each event.");
		}
		return "redirect:/proposals#mail";
	}

	@Override
	public String fragment() {
		return "notification/mail-to-you :: section";
	}

	@Override
	public Map<String, ?> model(String userId) {
		return Map.of("mailToYou", withMessages(deliveries.findTop20ByUserIdOrderByIdDesc(userId)), "dailyDigest",
				preferences.receivesDailyDigest(userId));
	}

	private List<Mail> withMessages(List<MailDelivery> listed) {
		Map<Long, Notification> messages = notifications
			.findAllById(listed.stream().map(MailDelivery::getNotificationId).collect(Collectors.toSet())).stream()
			.collect(Collectors.toMap(Notification::getId, Function.identity()));
		return listed.stream().map(delivery -> new Mail(delivery, messages.get(delivery.getNotificationId()))).toList();
	}

}
