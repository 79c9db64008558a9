package edu.college.microcredentials.catalogue;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public root every published URL is built from (badges, issuer, pages, feed): {@code approval.issuer.base-url}.
 * While that names this machine ({@code localhost}, a loopback address, the embedded default), URLs are built from
 * the address the request came to instead, so a catalogue served elsewhere never hands out {@code localhost}.
 */
@Component
class PublicAddress {

	private final String configured;

	private final boolean configuredIsLocal;

	PublicAddress(@Value("${approval.issuer.base-url:}") String configured) {
		this.configured = configured.replaceAll("/+$", "");
		this.configuredIsLocal = isLocal(this.configured);
	}

	/** The root, without a trailing slash. */
	String root() {
		if (!configuredIsLocal) {
			return configured;
		}
		try {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString().replaceAll("/+$", "");
		}
		catch (IllegalStateException noRequest) {
			return configured;
		}
	}

	String badge(String reference) {
		return root() + "/api/badges/" + reference;
	}

	String achievement(String reference) {
		return root() + "/api/achievements/" + reference;
	}

	String badgeImage(String reference) {
		return badge(reference) + "/image";
	}

	String issuer() {
		return root() + "/api/badges/issuer";
	}

	String page(String reference) {
		return root() + "/catalogue/" + reference;
	}

	String catalogue() {
		return root() + "/catalogue";
	}

	String feed() {
		return root() + "/api/catalogue";
	}

	private static boolean isLocal(String url) {
		if (url.isBlank()) {
			return true;
		}
		String host = URI.create(url).getHost();
		return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
				|| host.equals("0.0.0.0");
	}

}
