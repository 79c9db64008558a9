package edu.college.microcredentials.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

import edu.college.microcredentials.process.Refusal;
import edu.college.microcredentials.proposal.ProposalService;

/**
 * Task listener (complete) of {@code recordBoardDecision}: the decision with its meeting date and motion number; an
 * approval approves the proposal, which {@code publishCredential} then publishes.
 */
@Component
class RecordBoardDecision implements TaskListener {

	static final String MEETING_DATE = "meetingDate";

	static final String MOTION_NUMBER = "motionNumber";

	/** The Board's outcome that approves the proposal; an option of the form's decision radio. */
	static final String APPROVED = "approved";

	private final DecisionRecorder recorder;

	private final ProposalService proposals;

	RecordBoardDecision(DecisionRecorder recorder, ProposalService proposals) {
		this.recorder = recorder;
		this.proposals = proposals;
	}

	@Override
	public void notify(DelegateTask task) {
		String meetingDate = TaskForm.required(task, MEETING_DATE, "Board meeting date");
		try {
			// Tasklist sends a date field as text, "2026-11-30"
			LocalDate.parse(meetingDate.substring(0, Math.min(10, meetingDate.length())));
		}
		catch (DateTimeParseException ex) {
			throw Refusal.badInput("'" + meetingDate + "' is not a date; give the Board meeting date as 2026-11-30.");
		}
		String motionNumber = TaskForm.required(task, MOTION_NUMBER, "Motion number");
		recorder.record(task,
				Spin.JSON(Map.of(MEETING_DATE, meetingDate.substring(0, 10), MOTION_NUMBER, motionNumber)).toString())
			.filter(APPROVED::equals)
			.ifPresent(approved -> proposals.approve(TaskForm.reference(task), TaskForm.decidedBy(task)));
		TaskForm.forget(task, MEETING_DATE, MOTION_NUMBER);
	}

}
