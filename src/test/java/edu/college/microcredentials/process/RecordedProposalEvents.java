package edu.college.microcredentials.process;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

import edu.college.microcredentials.proposal.ProposalEvent;

/** A listener like any other module's: every event the record publishes, in order. */
@TestConfiguration
public class RecordedProposalEvents {

	private final List<ProposalEvent> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ProposalEvent event) {
		events.add(event);
	}

	/** The kinds of event published for one proposal, e.g. {@code Submitted}, {@code StepReached}. */
	public List<String> of(String reference) {
		return events.stream().filter(event -> event.reference().equals(reference))
			.map(event -> event.getClass().getSimpleName()).toList();
	}

	public <T extends ProposalEvent> List<T> of(String reference, Class<T> type) {
		return events.stream().filter(event -> event.reference().equals(reference)).filter(type::isInstance)
			.map(type::cast).toList();
	}

}
