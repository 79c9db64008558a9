/**
 * The register of the whole pipeline: every proposal and published credential a person may see, searchable by words
 * (Hibernate Search on an embedded Lucene index), the similar credentials found for a submitted concept, the dashboard
 * and the SMT's and Board's meeting packs. Kept from the record's events; changes nothing on the record.
 */
@org.springframework.modulith.ApplicationModule
package edu.college.microcredentials.register;
