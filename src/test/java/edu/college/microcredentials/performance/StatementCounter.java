package edu.college.microcredentials.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements and the round trips to the database made on the calling thread while a piece of work
 * runs. A JDBC batch is one round trip carrying several statements; everything a step does (the engine, the record,
 * the modules' event listeners) runs on the thread that completes it, so the counts are the step's whole cost.
 */
public final class StatementCounter implements QueryExecutionListener {

	/**
	 * What one piece of work sent to the database: how many statements, in how many round trips, which, and how long
	 * the driver took to execute them.
	 */
	public record Count(int statements, int roundTrips, List<String> sql, long sqlNanos) {

		/** The statements sent, each with how often, the most frequent first: what to look at when they rise. */
		public String breakdown() {
			Map<String, Long> times = sql.stream().collect(Collectors.groupingBy(text -> text, Collectors.counting()));
			return times.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.map(entry -> "%3d × %s".formatted(entry.getValue(), entry.getKey().replaceAll("\\s+", " ")))
				.collect(Collectors.joining("\n"));
		}

	}

	private static final class Counting {

		int roundTrips;

		long sqlNanos;

		long sent;

		final List<String> sql = new ArrayList<>();

	}

	private final ThreadLocal<Counting> counting = new ThreadLocal<>();

	/** Runs the work and returns what it sent, together with the work's result; counts may nest. */
	public <T> Counted<T> count(Supplier<T> work) {
		Counting counts = new Counting();
		Counting outer = counting.get();
		counting.set(counts);
		try {
			T result = work.get();
			return new Counted<>(result, new Count(counts.sql.size(), counts.roundTrips, List.copyOf(counts.sql), counts.sqlNanos));
		}
		finally {
			counting.set(outer);
			if (outer != null) {
				outer.roundTrips += counts.roundTrips;
				outer.sqlNanos += counts.sqlNanos;
				outer.sql.addAll(counts.sql);
			}
		}
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		Counting counts = counting.get();
		if (counts != null) {
			counts.sent = System.nanoTime();
		}
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		Counting counts = counting.get();
		if (counts == null) {
			return;
		}
		counts.roundTrips++;
		counts.sqlNanos += System.nanoTime() - counts.sent;
		if (execution.isBatch() && queries.size() == 1) {
			// one prepared statement with several sets of parameters
			for (int set = 0; set < Math.max(1, execution.getBatchSize()); set++) {
				counts.sql.add(queries.get(0).getQuery());
			}
		}
		else {
			queries.forEach(query -> counts.sql.add(query.getQuery()));
		}
	}

	public record Counted<T>(T result, Count count) {
	}

}
