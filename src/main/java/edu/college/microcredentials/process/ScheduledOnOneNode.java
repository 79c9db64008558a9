package edu.college.microcredentials.process;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * With several nodes on one database every node runs every {@code @Scheduled} sweep. A sweep that would act twice if
 * two nodes ran it at the same moment (the reminders of decision steps) is also {@code @SchedulerLock}: it first takes
 * its row in the table {@code shedlock}, by the database's clock, and a node that finds the row taken skips that run.
 * A node that dies holding it holds it at most {@code lockAtMostFor}.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ScheduledOnOneNode {

	@Bean
	LockProvider scheduledSweepLocks(DataSource database) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(database))
			.usingDbTime()
			.build());
	}

}
