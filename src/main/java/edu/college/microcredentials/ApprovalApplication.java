package edu.college.microcredentials;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Micro-credential approval: an embedded Camunda 7 engine with Tasklist, Cockpit, Admin and the REST API. */
@SpringBootApplication
// the mail outbox and the reminders of overdue decisions run on schedules (notification/MailOutbox, OverdueDecisions)
@EnableScheduling
public class ApprovalApplication {

	public static void main(String[] args) {
		SpringApplication.run(ApprovalApplication.class, args);
	}

}
