package edu.college.microcredentials.register;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How the register's words are compared: English text lower-cased, accents folded and stemmed (injections finds
 * inject); sort keys lower-cased. Named in {@code hibernate.search.backend.analysis.configurer}.
 */
public class RegisterAnalysis implements LuceneAnalysisConfigurer {

	static final String ENGLISH = "register_english";

	static final String SORTING = "register_sorting";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH).custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("stop")
			.tokenFilter("porterStem");
		context.normalizer(SORTING).custom()
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
	}

}
