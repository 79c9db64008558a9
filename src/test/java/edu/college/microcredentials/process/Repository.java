package edu.college.microcredentials.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The files an administrator edits in Modeler, as they are in the repository: {@code processes/} and {@code forms/}. */
final class Repository {

	private Repository() {
	}

	/** Every diagram, decision table and form by its deployed name ({@code processes/x.bpmn}, {@code forms/y.form}). */
	static Map<String, byte[]> files() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String folder : new String[] { "processes", "forms" }) {
			try (Stream<Path> paths = Files.list(Path.of(folder))) {
				for (Path path : paths.sorted().toList()) {
					files.put(folder + "/" + path.getFileName(), Files.readAllBytes(path));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

}
