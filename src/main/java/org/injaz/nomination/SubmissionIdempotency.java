package org.injaz.nomination;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers Idempotency-Keys in the submission's own transaction: the key's row is
 * written before the nomination is made, so a concurrent retry with the same key waits on
 * it (and then finds the nomination), and a failed submission leaves no key behind.
 */
@Service
public class SubmissionIdempotency {

	/** Printable ASCII, as the IETF draft's examples (UUIDs, random tokens). */
	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

	private final SubmissionKeys keys;

	private final Clock clock;

	SubmissionIdempotency(SubmissionKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/**
	 * The nomination an earlier submission with this key made, if any; otherwise claims
	 * the key for this submission.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<String> replayOrClaim(String owner, String key, DraftContent content) {
		if (!KEY.matcher(key).matches()) {
			throw new InvalidSubmissionException("Idempotency-Key", "idempotencyKeyInvalid",
					"must be 1 to 200 printable ASCII characters");
		}
		String hash = hash(content);
		Optional<SubmissionKey> earlier = this.keys.findById(new SubmissionKey.Id(owner, key));
		if (earlier.isPresent()) {
			if (!earlier.get().getRequestHash().equals(hash)) {
				throw new IdempotencyKeyReusedException(key);
			}
			return Optional.of(earlier.get().getNominationReference());
		}
		this.keys.saveAndFlush(new SubmissionKey(owner, key, hash, this.clock.instant()));
		return Optional.empty();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void recordNomination(String owner, String key, String reference) {
		this.keys.getReferenceById(new SubmissionKey.Id(owner, key)).madeNomination(reference);
	}

	static String hash(DraftContent content) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			// Records print every component; the same request prints the same.
			return HexFormat.of().formatHex(digest.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
