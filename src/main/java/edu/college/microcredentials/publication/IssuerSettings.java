package edu.college.microcredentials.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The college as Open Badges issuer, and the public address badge definitions are served from.
 *
 * @param baseUrl public root of this application, e.g. {@code https://credentials.example.edu}
 */
@ConfigurationProperties("approval.issuer")
record IssuerSettings(String name, String url, String email, String baseUrl) {
}
