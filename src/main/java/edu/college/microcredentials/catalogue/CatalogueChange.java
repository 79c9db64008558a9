package edu.college.microcredentials.catalogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a periodic review changed in the credential, and when. */
@Embeddable
public record CatalogueChange(Instant changedAt, @Column(length = 4000) String changes) {
}
