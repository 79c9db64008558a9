package edu.college.microcredentials.performance;

import java.util.List;
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

	/** What one piece of work sent to the database. */
	public record Count(int statements, int roundTrips) {

		Count plus(Count other) {
			return new Count(statements + other.statements, roundTrips + other.roundTrips);
		}

	}

	private final ThreadLocal<int[]> counting = new ThreadLocal<>();

	/** Runs the work and returns what it sent, together with the work's result. */
	public <T> Counted<T> count(Supplier<T> work) {
		int[] counts = new int[2];
		int[] outer = counting.get();
		counting.set(counts);
		try {
			T result = work.get();
			return new Counted<>(result, new Count(counts[0], counts[1]));
		}
		finally {
			counting.set(outer);
			if (outer != null) {
				outer[0] += counts[0];
				outer[1] += counts[1];
			}
		}
	}

	public Count count(Runnable work) {
		return count(() -> {
			work.run();
			return null;
		}).count();
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		int[] counts = counting.get();
		if (counts != null) {
			counts[0] += execution.isBatch() && execution.getBatchSize() > 0 ? execution.getBatchSize() : queries.size();
			counts[1]++;
		}
	}

	public record Counted<T>(T result, Count count) {
	}

}
