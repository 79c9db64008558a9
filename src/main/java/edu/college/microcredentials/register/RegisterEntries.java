package edu.college.microcredentials.register;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegisterEntries extends JpaRepository<RegisterEntry, String> {

	List<RegisterEntry> findByUpdatedAtAfter(Instant after);

	List<RegisterEntry> findByStepInOrderBySubmittedAt(List<String> steps);

}
