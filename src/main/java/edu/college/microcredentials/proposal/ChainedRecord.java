package edu.college.microcredentials.proposal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A record of a proposal that is never changed once written (a revision, a decision, a transition), sealed into the
 * proposal's hash chain: its position in the chain and the SHA-256 of its content together with the hash before it.
 * Changing or deleting a row in the database afterwards breaks the chain (audit/ChainVerification, docs/auditors.md).
 * <p>
 * Records written before the chain (release 0.x up to migration V8) have neither position nor hash.
 */
@MappedSuperclass
public abstract class ChainedRecord {

	private Integer chainPosition;

	@Column(length = 64)
	private String recordHash;

	/** Seals the record once, as the proposal writes it; the hash covers its position and content. */
	void seal(int position, String previousHash) {
		if (recordHash != null) {
			throw new IllegalStateException("A record is sealed into its proposal's chain only once");
		}
		this.chainPosition = position;
		this.recordHash = hashAfter(previousHash);
	}

	/** Where a proposal's chain starts: tied to its reference, so a record moved to another proposal does not fit. */
	public static String chainStart(String reference) {
		return sha256("proposal " + reference);
	}

	/** The hash this record has when it follows {@code previousHash} at its position with its current content. */
	public String hashAfter(String previousHash) {
		return sha256(previousHash + "\n" + chainPosition + "\n" + canonicalContent().text());
	}

	/** What the hash covers: everything a person reads of the record, in a fixed order. */
	abstract CanonicalContent canonicalContent();

	/** What kind of record this is, as auditors name it: revision, decision or transition. */
	public abstract String kind();

	public abstract Long getId();

	public boolean isChained() {
		return recordHash != null;
	}

	public Integer getChainPosition() {
		return chainPosition;
	}

	public String getRecordHash() {
		return recordHash;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}

}
