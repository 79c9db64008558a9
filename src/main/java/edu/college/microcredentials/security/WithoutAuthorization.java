package edu.college.microcredentials.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * For the few engine calls the process makes on its own behalf inside a step (starting the next review cycle,
 * delivering a withdrawal the author asked for), which the person completing the step has no grant for. Use only
 * after the application has checked that the person may cause it.
 */
public final class WithoutAuthorization {

	private WithoutAuthorization() {
	}

	/**
	 * For what the application reads from the engine on its own behalf outside a step (where a proposal stands, for
	 * a page its reader may see): {@code work} runs in one command without authorization checks.
	 */
	public static <T> T read(ProcessEngine engine, Supplier<T> work) {
		return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
			.execute(commandContext -> call(work));
	}

	public static <T> T call(Supplier<T> work) {
		CommandContext command = Context.getCommandContext();
		boolean checking = command.isAuthorizationCheckEnabled();
		command.disableAuthorizationCheck();
		try {
			return work.get();
		}
		finally {
			if (checking) {
				command.enableAuthorizationCheck();
			}
		}
	}

}
