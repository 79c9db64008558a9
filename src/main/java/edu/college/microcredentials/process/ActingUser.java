package edu.college.microcredentials.process;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who is signed in and acting on the engine right now, as the record names them. */
public final class ActingUser {

	private ActingUser() {
	}

	/** The signed-in user completing or claiming the task; its assignee when the engine is called without one. */
	public static String of(DelegateTask task) {
		String user = signedIn(task.getProcessEngineServices());
		return user != null ? user : task.getAssignee();
	}

	/** The signed-in user, or {@code null} when the process acts on its own (a timer, a job). */
	public static String of(DelegateExecution execution) {
		return signedIn(execution.getProcessEngineServices());
	}

	private static String signedIn(ProcessEngineServices engine) {
		var authentication = engine.getIdentityService().getCurrentAuthentication();
		return authentication == null ? null : authentication.getUserId();
	}

}
