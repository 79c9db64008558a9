package edu.college.microcredentials.document;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.proposal.Proposal;
import edu.college.microcredentials.proposal.ProposalPageSection;

/** The documents on a proposal's page: the list, and the form to add one ({@code templates/documents/section}). */
@Order(1)
@Component
class DocumentsSection implements ProposalPageSection {

	private final ProposalDocuments documents;

	private final DocumentSettings settings;

	DocumentsSection(ProposalDocuments documents, DocumentSettings settings) {
		this.documents = documents;
		this.settings = settings;
	}

	@Override
	public String fragment() {
		return "documents/section :: section";
	}

	/** The page has checked that its reader may see the proposal. */
	@Override
	public Map<String, ?> model(Proposal proposal) {
		return Map.of("documents", documents.listFor(proposal.getReference()), "documentMaxSize",
				settings.maxSize().toMegabytes() + " MB");
	}

}
