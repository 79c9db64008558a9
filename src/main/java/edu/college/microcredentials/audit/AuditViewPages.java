package edu.college.microcredentials.audit;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalPageSection;

/**
 * The auditors' view on a proposal's page: its diagram with the path it took ({@code static/app/audit-view.js}
 * draws it with bpmn-js) beside the steps with their times. Auditors and process administrators only; the page
 * shows others nothing of it, and its data answers them 403.
 */
// after the documents: the page's sections in this order
@Order(2)
@Controller
class AuditViewPages implements ProposalPageSection {

	private final AuditView auditView;

	private final IdentityService identityService;

	AuditViewPages(AuditView auditView, IdentityService identityService) {
		this.auditView = auditView;
		this.identityService = identityService;
	}

	@Override
	public String fragment() {
		return "audit/view :: section";
	}

	@Override
	public Map<String, ?> model(Proposal proposal) {
		return mayAudit() ? auditView.of(proposal.getReference()).map(path -> Map.of("auditView", true, "auditPath", path))
			.orElse(Map.of("auditView", false)) : Map.of("auditView", false);
	}

	/** The diagram as deployed for the proposal. */
	@GetMapping(value = "/proposals/{reference}/audit/diagram.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
	@ResponseBody
	ResponseEntity<String> diagram(@PathVariable String reference) {
		refuseUnlessAuditing();
		return ResponseEntity.of(auditView.diagram(reference));
	}

	/** The steps it ran and the flows it took, for the viewer to mark. */
	@GetMapping("/proposals/{reference}/audit/path")
	@ResponseBody
	ResponseEntity<AuditView.Path> path(@PathVariable String reference) {
		refuseUnlessAuditing();
		return ResponseEntity.of(auditView.of(reference));
	}

	private boolean mayAudit() {
		Authentication reader = identityService.getCurrentAuthentication();
		return reader != null && AuditView.mayAudit(reader.getGroupIds() == null ? List.of() : reader.getGroupIds());
	}

	private void refuseUnlessAuditing() {
		if (!mayAudit()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only auditors and process administrators "
					+ "can see a proposal's audit view.");
		}
	}

}
