package edu.college.microcredentials.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a proposal's record and history are kept after it ended ({@code approval.retention.*}).
 *
 * @param period counted from the proposal's last transition (declined, withdrawn, cancelled, retired)
 */
@ConfigurationProperties("approval.retention")
record RetentionSettings(@DefaultValue("P3650D") Duration period) {
}
