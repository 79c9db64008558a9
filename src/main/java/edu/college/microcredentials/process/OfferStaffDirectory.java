package edu.college.microcredentials.process;

import static edu.college.microcredentials.process.ProcessVariables.STAFF_DIRECTORY;

import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Task listener (create) of every user task, by convention ({@link ProcessConventions}): a task whose form picks
 * people from the staff directory (a select or taglist with {@code "valuesKey": "staffDirectory"}) gets the directory
 * as a task-local Json variable, one option per user of Camunda's IdentityService (the college directory under the
 * {@code ldap} profile): {@code {"label": "Adam Clarke (adam)", "value": "adam"}}. Only these ids can be submitted
 * ({@code security/SubmittableForm}); the variable vanishes with the task.
 */
@Component
class OfferStaffDirectory implements TaskListener {

	private final IdentityService identityService;

	private final DeployedForms forms;

	OfferStaffDirectory(IdentityService identityService, DeployedForms forms) {
		this.identityService = identityService;
		this.forms = forms;
	}

	@Override
	public void notify(DelegateTask task) {
		// the application reads the form and the directory: whoever completed the step before may see neither
		Context.getCommandContext().runWithoutAuthorization(() -> {
			if (picksFromDirectory(task)) {
				task.setVariableLocal(STAFF_DIRECTORY, Spin.JSON(directory()));
			}
			return null;
		});
	}

	/** One option of the picker, in the shape form-js reads ({@code label} first, as it is written). */
	record Option(String label, String value) {
	}

	private List<Option> directory() {
		return identityService.createUserQuery().list().stream()
			.map(user -> new Option(label(user), user.getId()))
			.sorted(Comparator.comparing(option -> option.label().toLowerCase()))
			.toList();
	}

	/** "Adam Clarke (adam)": staff find a colleague by name, and the id tells two people of one name apart. */
	private static String label(User user) {
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).strip();
		return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
	}

	private boolean picksFromDirectory(DelegateTask task) {
		return forms.of((TaskEntity) task).map(form -> usesDirectory(form.path("components"))).orElse(false);
	}

	private static boolean usesDirectory(JsonNode components) {
		for (JsonNode component : components) {
			if (STAFF_DIRECTORY.equals(component.path("valuesKey").asText())
					|| usesDirectory(component.path("components"))) {
				return true;
			}
		}
		return false;
	}

}
