package edu.college.microcredentials.proposal;

import java.util.Map;

/**
 * A section another module adds to <em>My proposals</em> (the mail sent to the reader, their choice of a daily
 * digest), without this module knowing that module: its Thymeleaf fragment and what the fragment shows.
 */
public interface MyProposalsSection {

	/** The fragment to insert, e.g. {@code "notification/mail-to-you :: section"}. */
	String fragment();

	/** What the fragment shows to {@code userId}, the signed-in reader. */
	Map<String, ?> model(String userId);

}
