package edu.college.microcredentials.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import edu.college.microcredentials.process.TestUsers;
import edu.college.microcredentials.proposal.ProposalService;
import edu.college.microcredentials.register.Pipeline.Made;
import edu.college.microcredentials.register.Pipeline.Stage;

/** The dashboard's figures count the proposals behind them, and its CSV has a line per bar naming them. */
@DirtiesContext
@SpringBootTest
class DashboardTests {

	@Autowired
	ProposalService proposals;

	@Autowired
	Dashboard dashboard;

	@Autowired
	IdentityService identity;

	@Test
	void everyFigureNamesTheProposalsItCountsAndTheCsvHasThemAll() {
		TestUsers.createAll(identity);
		List<Made> pipeline = Pipeline.make(proposals, 32);

		Dashboard.Figures figures = dashboard.figures();

		long underWay = pipeline.stream().filter(made -> made.stage().ordinal() <= Stage.AT_BOARD.ordinal()).count();
		assertThat(figures.open()).isEqualTo(underWay);
		Dashboard.Figure perStage = figure(figures, "perStage");
		assertThat(perStage.bars()).extracting(Dashboard.Bar::label)
			.containsExactly("Assess concept", "Endorse concept", "Record Board decision", "Review full proposal");
		assertThat(perStage.bars()).allSatisfy(bar -> assertThat(bar.references()).hasSize((int) bar.value()));
		assertThat(perStage.bars().get(0).link()).isEqualTo("/register?stage=Assess%20concept&overdue=false");
		List<String> overdue = pipeline.stream().filter(made -> made.stage() == Stage.ASSESSING_OVERDUE)
			.map(Made::reference).sorted().toList();
		assertThat(figure(figures, "overdue").bars()).singleElement()
			.satisfies(bar -> assertThat(bar.references()).isEqualTo(overdue));
		long decisions = figure(figures, "decisions").bars().stream().mapToLong(bar -> (long) bar.value()).sum();
		assertThat(decisions).isEqualTo(pipeline.stream().mapToLong(made -> switch (made.stage()) {
			case ASSESSING, ASSESSING_OVERDUE, WITHDRAWN -> 0;
			case DECLINED, ENDORSING -> 1;
			case REVIEWING_FULL_PROPOSAL -> 2;
			case AT_BOARD -> 3;
			case PUBLISHED -> 4;
		}).sum());

		String csv = dashboard.csv(figures);
		assertThat(csv).startsWith("figure,label,value,unit,proposals\r\n")
			.contains("Overdue now,Assess concept," + overdue.size() + ",proposals," + String.join(" ", overdue));
	}

	private static Dashboard.Figure figure(Dashboard.Figures figures, String id) {
		return figures.figures().stream().filter(figure -> figure.id().equals(id)).findFirst().orElseThrow();
	}

}
