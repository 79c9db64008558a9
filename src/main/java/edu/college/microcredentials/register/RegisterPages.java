package edu.college.microcredentials.register;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import edu.college.microcredentials.proposal.ProposalStatus;

/** The register's page: every proposal and credential the reader may see, by words, filters and an order. */
@Controller
@RequestMapping("/register")
class RegisterPages {

	static final int PAGE_SIZE = 50;

	private final Register register;

	private final IdentityService identityService;

	RegisterPages(Register register, IdentityService identityService) {
		this.register = register;
		this.identityService = identityService;
	}

	@GetMapping
	String register(@RequestParam(required = false) String q, @RequestParam(required = false) String stage,
			@RequestParam(required = false) ProposalStatus status, @RequestParam(required = false) String area,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Register.Order order, @RequestParam(defaultValue = "1") int page,
			Model model) {
		Authentication reader = identityService.getCurrentAuthentication();
		Register.Query query = new Register.Query(q, stage, status, area, overdue, order);
		int current = Math.max(1, page);
		Register.Page found = register.search(query, reader.getUserId(), reader.getGroupIds(),
				(current - 1) * PAGE_SIZE, PAGE_SIZE);
		Instant now = Instant.now();
		model.addAttribute("query", query);
		model.addAttribute("rows", found.entries().stream().map(entry -> Row.of(entry, now)).toList());
		model.addAttribute("total", found.total());
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("stages", new TreeMap<>(found.stages()));
		model.addAttribute("statuses", found.statuses());
		model.addAttribute("areas", new TreeMap<>(found.programAreas()));
		model.addAttribute("allStatuses", ProposalStatus.values());
		model.addAttribute("orders", Register.Order.values());
		return "register/register";
	}

	/** One line of the register. */
	record Row(String reference, String title, String programArea, List<String> competencies, ProposalStatus status,
			String stage, long daysInStage, Instant due, boolean overdue, String industryPartner) {

		static Row of(RegisterEntry entry, Instant now) {
			return new Row(entry.getReference(), entry.getTitle(), entry.getProgramArea(), entry.competencyList(),
					entry.getStatus(), entry.getStage(), daysSince(entry.getStageSince(), now), entry.getDueAt(),
					entry.isOverdue(now), entry.getIndustryPartner());
		}

	}

	static long daysSince(Instant since, Instant now) {
		return since == null ? 0 : Duration.between(since, now).toDays();
	}

	static Map<String, Long> none() {
		return Map.of();
	}

}
