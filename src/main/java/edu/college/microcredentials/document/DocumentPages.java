package edu.college.microcredentials.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import edu.college.microcredentials.process.Refusal;

/**
 * Documents on a proposal's page: added with the upload form there, downloaded from its list. A refused upload
 * returns to the page with what went wrong; nothing is stored.
 */
@Controller
@RequestMapping("/proposals/{reference}/documents")
class DocumentPages {

	private final ProposalDocuments documents;

	private final IdentityService identityService;

	private final DocumentSettings settings;

	DocumentPages(ProposalDocuments documents, IdentityService identityService, DocumentSettings settings) {
		this.documents = documents;
		this.identityService = identityService;
		this.settings = settings;
	}

	@PostMapping
	String attach(@PathVariable String reference, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String description, RedirectAttributes page) {
		try {
			DocumentListing added = documents.attach(reference, file.getOriginalFilename(), file.getInputStream(),
					file.getSize(), description, reader());
			page.addFlashAttribute("documentAdded", added.fileName() + " was added.");
		}
		catch (Refusal refused) {
			if (refused.kind() == Refusal.Kind.NOT_ALLOWED) {
				throw refused;
			}
			page.addFlashAttribute("documentRefused", refused.getMessage());
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return "redirect:/proposals/{reference}#documents";
	}

	/** Larger than even the upload limit: refused before the application reads it ({reference} is the request's). */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RedirectAttributes page) {
		page.addFlashAttribute("documentRefused", "The file is larger than " + settings.maxSize().toMegabytes()
				+ " MB, the most a document may be; nothing was stored.");
		return "redirect:/proposals/{reference}#documents";
	}

	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable long documentId) {
		DocumentContent document = documents.open(reference, documentId, reader());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(document.content());
	}

	private SignedIn reader() {
		return SignedIn.of(identityService.getCurrentAuthentication());
	}

}
