package edu.college.microcredentials.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A competency the credential certifies, with its ESCO skill URI where the author gave one. */
@Embeddable
public record CatalogueCompetency(@FullTextField @Column(length = 500) String name,
		@KeywordField @Column(length = 500) String escoUri) {

	public boolean hasEscoUri() {
		return escoUri != null && !escoUri.isBlank();
	}

}
