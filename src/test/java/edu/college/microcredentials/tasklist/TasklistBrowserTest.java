package edu.college.microcredentials.tasklist;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole application on a random port, with the demo people and proposals as a newcomer finds them after
 * {@code ./mvnw spring-boot:run}, and its own in-memory database; one browser per test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// one engine at a time: Camunda registers each context's engine under the same name "default"
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "approval.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@interface TasklistBrowserTest {

}
