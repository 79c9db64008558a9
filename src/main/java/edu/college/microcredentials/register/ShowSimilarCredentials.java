package edu.college.microcredentials.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.ProcessVariables;

/**
 * Task listener (create) of the concept's assessment: puts the proposals and credentials most like the concept on the
 * task (task-local {@code similarFound}, Json, and {@code similarFoundSummary}), each with the words that made it
 * match, shown as plain text in a table, so the Continuing Education team answers the handbook’s question whether a similar
 * micro-credential exists already
 * with evidence. The team reads every proposal, so nothing is left out for them.
 */
@Component
class ShowSimilarCredentials implements TaskListener {

	static final int SHOWN = 5;

	private final Register register;

	ShowSimilarCredentials(Register register) {
		this.register = register;
	}

	@Override
	public void notify(DelegateTask task) {
		String reference = (String) task.getVariable(ProcessVariables.PROPOSAL_REFERENCE);
		List<Register.Similar> similar = register.similarTo(reference, null, List.of(), SHOWN);
		task.setVariableLocal("similarFound", Spin.JSON(similar.stream().map(ShowSimilarCredentials::row).toList()));
		task.setVariableLocal("similarFoundSummary", similar.isEmpty()
				? "The register found no proposal or credential like this one."
				: "The register found these, the most similar first. Search the register, or open a proposal's "
						+ "page, to compare.");
	}

	/** A row of the form's table, which shows each value as plain text (no Markdown), so nothing is escaped. */
	private static Map<String, String> row(Register.Similar similar) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("reference", similar.reference());
		row.put("title", similar.title());
		row.put("status", similar.stage() == null || similar.stage().equalsIgnoreCase(similar.status().label())
				? similar.status().label() : similar.status().label() + ", " + similar.stage());
		row.put("why", similar.briefly());
		return row;
	}

}
