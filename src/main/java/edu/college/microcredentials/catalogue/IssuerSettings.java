package edu.college.microcredentials.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The college as the awarding body and Open Badges issuer.
 *
 * @param baseUrl public root of this application, e.g. {@code https://credentials.example.edu}: every published URL
 *        starts with it ({@link PublicAddress})
 */
@ConfigurationProperties("approval.issuer")
record IssuerSettings(String name, String url, String email, String baseUrl) {
}
