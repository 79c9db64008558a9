package edu.college.microcredentials.tasklist;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import edu.college.microcredentials.proposal.ProposalService;

/** One headless browser for a test class, signed in as one person at a time. */
@TasklistBrowserTest
abstract class StaffInTasklist {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ProposalService proposals;

	BehindTheScenes behindTheScenes;

	Browser browser;

	Tasklist tasklist;

	/** When a test fails, what the browser showed goes to target/tasklist-failures/. */
	@RegisterExtension
	final AfterTestExecutionCallback keepWhatTheBrowserShowed = context -> context.getExecutionException()
		.ifPresent(failure -> browser.keepForDiagnosis(context.getRequiredTestClass().getSimpleName() + "-"
				+ context.getRequiredTestMethod().getName()));

	@BeforeAll
	void openBrowser() {
		behindTheScenes = new BehindTheScenes(engine, proposals);
		browser = new Browser();
		tasklist = new Tasklist(browser, "http://localhost:" + port);
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

}
