package edu.college.microcredentials.register;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The meeting packs of the Senior Management Team and the Board, as a page and as PDF; for the CE team, the SMT, the
 * Board secretary and process administrators (security/SignIn).
 */
@Controller
@RequestMapping("/register/packs")
class PackPages {

	private final MeetingPacks packs;

	private final RegisterEntries entries;

	PackPages(MeetingPacks packs, RegisterEntries entries) {
		this.packs = packs;
		this.entries = entries;
	}

	@GetMapping
	String choose(Model model) {
		Map<MeetingPacks.Body, Integer> waiting = new EnumMap<>(MeetingPacks.Body.class);
		Arrays.stream(MeetingPacks.Body.values())
			.forEach(body -> waiting.put(body, entries.findByStepInOrderBySubmittedAt(body.steps()).size()));
		model.addAttribute("bodies", MeetingPacks.Body.values());
		model.addAttribute("waiting", waiting);
		model.addAttribute("today", LocalDate.now());
		return "register/choose-pack";
	}

	@GetMapping("/open")
	String open(@RequestParam String body, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "html") String as) {
		return "redirect:/register/packs/" + MeetingPacks.Body.of(body).slug() + ("pdf".equals(as) ? ".pdf" : "")
				+ "?date=" + date;
	}

	@GetMapping(value = "/{body}", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String page(@PathVariable String body, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return packs.html(packs.pack(MeetingPacks.Body.of(body), date), false);
	}

	@GetMapping("/{body}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String body,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		MeetingPacks.Body which = MeetingPacks.Body.of(body);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(which.slug() + "-pack-" + date + ".pdf").build().toString())
			.body(packs.pdf(packs.pack(which, date)));
	}

}
