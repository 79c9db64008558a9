package edu.college.microcredentials.proposal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface ReferenceCounterRepository extends JpaRepository<ReferenceCounter, Integer> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select counter from ReferenceCounter counter where counter.referenceYear = ?1")
	Optional<ReferenceCounter> lockYear(int year);

}
