package edu.college.microcredentials.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import edu.college.microcredentials.process.TestUsers;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.register.Pipeline.Made;
import edu.college.microcredentials.register.Pipeline.Stage;

/** The Board's pack, as PDF, holds every proposal awaiting the Board, each with its decisions and resource plan. */
@DirtiesContext
@SpringBootTest
class MeetingPacksTests {

	@Autowired
	ProposalService proposals;

	@Autowired
	MeetingPacks packs;

	@Autowired
	IdentityService identity;

	@Test
	void theBoardsPackAsPdfHoldsEveryProposalAwaitingTheBoard() throws IOException {
		TestUsers.createAll(identity);
		List<Made> pipeline = Pipeline.make(proposals, 40);
		List<Made> atBoard = pipeline.stream().filter(made -> made.stage() == Stage.AT_BOARD).toList();

		byte[] pdf = packs.pdf(packs.pack(MeetingPacks.Body.BOARD, LocalDate.now().plusDays(7)));

		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			// the first two pages, to look at (docs/register.md)
			for (int page = 0; page < 2; page++) {
				ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 80), "png",
						Path.of("docs", "images", "pack-board-pdf-" + (page + 1) + ".png").toFile());
			}
		}
		assertThat(atBoard).hasSize(5);
		for (Made made : atBoard) {
			assertThat(text).contains(made.reference() + " " + made.title());
		}
		assertThat(text).contains("Board of Governors: meeting of")
			.contains("Review full proposal Endorsed Resources confirmed by the dean")
			.contains("Faculty lead 0.2 FTE");
		pipeline.stream().filter(made -> made.stage() != Stage.AT_BOARD)
			.forEach(made -> assertThat(text).doesNotContain(made.reference() + " "));
	}

	@Test
	void theSeniorManagementPackHoldsWhatAwaitsEndorsementOrTheFullProposalReview() {
		TestUsers.createAll(identity);
		List<Made> pipeline = Pipeline.make(proposals, 16);

		MeetingPacks.Pack pack = packs.pack(MeetingPacks.Body.SMT, LocalDate.now());

		assertThat(pack.items()).extracting(MeetingPacks.Item::reference)
			.containsAll(pipeline.stream().filter(made -> made.stage() == Stage.ENDORSING
					|| made.stage() == Stage.REVIEWING_FULL_PROPOSAL).map(Made::reference).toList());
		assertThat(packs.html(pack, false)).contains("Senior Management Team: meeting of");
	}

}
