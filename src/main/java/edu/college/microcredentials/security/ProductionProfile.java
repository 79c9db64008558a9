package edu.college.microcredentials.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Checks that only matter in production (settings: application-production.yml). */
@Configuration(proxyBeanMethods = false)
@Profile("production")
class ProductionProfile {

	@Bean
	static ProductionSafety productionSafety() {
		return new ProductionSafety();
	}

}
