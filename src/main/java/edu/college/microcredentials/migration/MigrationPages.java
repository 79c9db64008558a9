package edu.college.microcredentials.migration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import edu.college.microcredentials.process.Refusal;

/**
 * {@code /admin/migration}: a process administrator picks a source and a target version, sees the plan, what cannot
 * move and the proposals that would, then migrates them and sees the result. {@code /admin/**} is for process
 * administrators only (security/SignIn).
 */
@Controller
class MigrationPages {

	private final ProcessMigration migration;

	MigrationPages(ProcessMigration migration) {
		this.migration = migration;
	}

	@GetMapping("/admin/migration")
	String migration(@RequestParam(required = false) String source, @RequestParam(required = false) String target,
			Model model) {
		model.addAttribute("versions", migration.versions());
		model.addAttribute("source", source);
		model.addAttribute("target", target);
		if (source != null && target != null && !source.isBlank() && !target.isBlank()) {
			try {
				model.addAttribute("preview", migration.preview(source, target));
			}
			catch (Refusal refused) {
				model.addAttribute("problem", refused.getMessage());
			}
		}
		return "migration/migration";
	}

	@PostMapping("/admin/migration")
	String migrate(@RequestParam String source, @RequestParam String target, Model model) {
		try {
			model.addAttribute("result", migration.migrate(source, target));
		}
		catch (Refusal refused) {
			model.addAttribute("problem", refused.getMessage());
		}
		return migration(source, target, model);
	}

}
