package edu.college.microcredentials.register;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The dashboard page (charts drawn by Chart.js from the figures on the page) and its CSV. */
@Controller
@RequestMapping("/register/dashboard")
class DashboardPages {

	private final Dashboard dashboard;

	private final ObjectMapper json;

	DashboardPages(Dashboard dashboard, ObjectMapper json) {
		this.dashboard = dashboard;
		this.json = json;
	}

	@GetMapping
	String dashboard(Model model) throws JsonProcessingException {
		Dashboard.Figures figures = dashboard.figures();
		model.addAttribute("figures", figures);
		// read by static/app/dashboard.js; "<" escaped so no text can close the script element
		model.addAttribute("figuresJson", json.writeValueAsString(figures.figures()).replace("<", "\\u003c"));
		return "register/dashboard";
	}

	@GetMapping("/figures.csv")
	ResponseEntity<byte[]> csv() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("pipeline-figures.csv").build().toString())
			.body(dashboard.csv(dashboard.figures()).getBytes(StandardCharsets.UTF_8));
	}

}
