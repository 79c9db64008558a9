package edu.college.microcredentials.performance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Durations of one kind of call, gathered from any number of threads, read as percentiles in milliseconds. */
final class Latencies {

	private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

	<T> T time(Supplier<T> call) {
		long start = System.nanoTime();
		try {
			return call.get();
		}
		finally {
			nanos.add(System.nanoTime() - start);
		}
	}

	void time(Runnable call) {
		time(() -> {
			call.run();
			return null;
		});
	}

	int count() {
		return nanos.size();
	}

	/** The duration below which {@code percent} of the calls took, nearest rank. */
	double percentile(int percent) {
		List<Long> sorted;
		synchronized (nanos) {
			sorted = new ArrayList<>(nanos);
		}
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		Collections.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1)) / 1e6;
	}

	/** "p50 / p95 / p99" in milliseconds. */
	String summary() {
		return "%.1f / %.1f / %.1f".formatted(percentile(50), percentile(95), percentile(99));
	}

}
