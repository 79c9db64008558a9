package edu.college.microcredentials.retention;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RemovedRecordRepository extends JpaRepository<RemovedRecord, Long> {

	List<RemovedRecord> findAllByOrderByRemovedAtAscReferenceAsc();

}
