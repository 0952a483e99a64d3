package org.injaz.attachment;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

import org.injaz.attachment.AttachmentStore.Upload;
import org.injaz.attachment.RejectedAttachmentException.Reason;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The files of drafts and nominations. Storing streams the upload to a temporary file
 * (outside any transaction of its own, so no database connection waits on a slow client),
 * checks its type by content, renames it atomically into place and only then inserts the
 * row, in the caller's transaction when there is one; should that transaction roll back,
 * the file is deleted with it. Deleting removes the row, and the file once that has
 * committed.
 */
@Service
public class Attachments {

	private static final long MB = 1024 * 1024;

	private final AttachmentRecords records;

	private final AttachmentStore store;

	private final AttachmentProperties properties;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FileTypes types = new FileTypes();

	/**
	 * Serialises the quota check and insert per owner for the length of the transaction;
	 * a fixed number of stripes keeps the memory bounded.
	 */
	private final ReentrantLock[] ownerLocks = IntStream.range(0, 64)
		.mapToObj((i) -> new ReentrantLock())
		.toArray(ReentrantLock[]::new);

	Attachments(AttachmentRecords records, AttachmentStore store, AttachmentProperties properties,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.store = store;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a file for the owner; refused with a {@link RejectedAttachmentException}
	 * when its name, size, type or the owner's quota does not allow it.
	 */
	public Attachment store(AttachmentOwner owner, AttachmentPurpose purpose, String originalName, InputStream content,
			String uploadedBy) {
		String name = FileNames.sanitise(originalName);
		long maxFile = this.properties.maxFileSize().toBytes();
		long quota = this.properties.maxPerNomination().toBytes();
		long room = quota - totalSize(owner);
		if (room <= 0) {
			throw quotaExceeded(quota, 0);
		}
		Upload upload = this.store.receive(content, Math.min(maxFile, room), (limit) -> (limit == maxFile)
				? new RejectedAttachmentException(Reason.TOO_LARGE, megabytes(maxFile)) : quotaExceeded(quota, room));
		try {
			if (upload.size() == 0) {
				throw new RejectedAttachmentException(Reason.EMPTY);
			}
			String mediaType = this.types.accepted(upload.temp());
			String fileName = FileNames.withExtension(name, FileTypes.extensions(mediaType),
					FileTypes.preferredExtension(mediaType));
			String original = recordable(originalName);
			return this.transactions
				.execute((status) -> keep(owner, purpose, original, fileName, mediaType, upload, uploadedBy, quota));
		}
		finally {
			// A no-op once the file has been renamed into place.
			this.store.discard(upload);
		}
	}

	private Attachment keep(AttachmentOwner owner, AttachmentPurpose purpose, String originalName, String fileName,
			String mediaType, Upload upload, String uploadedBy, long quota) {
		lockUntilCompletion(owner);
		long used = totalSize(owner);
		if (used + upload.size() > quota) {
			throw quotaExceeded(quota, quota - used);
		}
		UUID id = UUID.randomUUID();
		String storageKey = id.toString();
		this.store.keep(upload, storageKey);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					Attachments.this.store.delete(storageKey);
				}
			}
		});
		Attachment attachment = this.records.saveAndFlush(new Attachment(id, owner, purpose, originalName, fileName,
				mediaType, upload.size(), upload.sha256(), storageKey, uploadedBy, this.clock.instant()));
		this.events.publishEvent(new AttachmentsChanged(owner));
		return attachment;
	}

	/** The owner's files, oldest first. */
	@Transactional(readOnly = true)
	public List<Attachment> of(AttachmentOwner owner) {
		return this.records.findByOwnerKindAndOwnerIdOrderByUploadedAtAscIdAsc(owner.kind(), owner.id());
	}

	/** One of the owner's files; another owner's is unknown. */
	@Transactional(readOnly = true)
	public Attachment get(AttachmentOwner owner, UUID id) {
		return this.records.findByIdAndOwnerKindAndOwnerId(id, owner.kind(), owner.id())
			.orElseThrow(() -> new UnknownAttachmentException(id));
	}

	/** The file's content; the caller closes the stream. */
	public InputStream open(Attachment attachment) {
		return this.store.open(attachment.getStorageKey());
	}

	@Transactional
	public void delete(AttachmentOwner owner, UUID id) {
		Attachment attachment = get(owner, id);
		remove(attachment);
		this.events.publishEvent(new AttachmentsChanged(owner));
	}

	/** Removes all of the owner's files, e.g. with a discarded draft. */
	@Transactional
	public void deleteAll(AttachmentOwner owner) {
		List<Attachment> attachments = of(owner);
		attachments.forEach(this::remove);
		if (!attachments.isEmpty()) {
			this.events.publishEvent(new AttachmentsChanged(owner));
		}
	}

	private void remove(Attachment attachment) {
		this.records.delete(attachment);
		String storageKey = attachment.getStorageKey();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Attachments.this.store.delete(storageKey);
			}
		});
	}

	/**
	 * Gives all files of one owner to another, e.g. a draft's to the nomination it
	 * became, in the caller's transaction. The files themselves stay where they are.
	 * @return how many files moved
	 */
	@Transactional
	public int transfer(AttachmentOwner from, AttachmentOwner to) {
		lockUntilCompletion(from, to);
		List<Attachment> moving = of(from);
		if (moving.isEmpty()) {
			return 0;
		}
		long quota = this.properties.maxPerNomination().toBytes();
		long total = totalSize(to) + moving.stream().mapToLong(Attachment::getSize).sum();
		if (total > quota) {
			throw quotaExceeded(quota, quota - totalSize(to));
		}
		moving.forEach((attachment) -> attachment.moveTo(to));
		this.records.flush();
		this.events.publishEvent(new AttachmentsChanged(from));
		this.events.publishEvent(new AttachmentsChanged(to));
		return moving.size();
	}

	/** Bytes the owner holds. */
	@Transactional(readOnly = true)
	public long totalSize(AttachmentOwner owner) {
		return this.records.totalSize(owner.kind(), owner.id());
	}

	/**
	 * Holds the owners' locks until the current transaction completes, taken in one order
	 * so that two transactions cannot wait for each other.
	 */
	private void lockUntilCompletion(AttachmentOwner... owners) {
		IntStream
			.of(java.util.Arrays.stream(owners)
				.mapToInt((owner) -> Math.floorMod(owner.hashCode(), this.ownerLocks.length))
				.sorted()
				.toArray())
			.forEach((stripe) -> {
				ReentrantLock lock = this.ownerLocks[stripe];
				lock.lock();
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						lock.unlock();
					}
				});
			});
	}

	private static RejectedAttachmentException quotaExceeded(long quota, long room) {
		return new RejectedAttachmentException(Reason.QUOTA_EXCEEDED, megabytes(quota), megabytes(Math.max(room, 0)));
	}

	/**
	 * The name as given, for the record: bounded, and without control characters
	 * (PostgreSQL refuses NUL in text).
	 */
	private static String recordable(String originalName) {
		String recordable = originalName.codePoints()
			.filter((c) -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (recordable.length() > 1000) ? recordable.substring(0, 1000) : recordable;
	}

	/** Whole megabytes for limits, one decimal for what is left. */
	private static String megabytes(long bytes) {
		return (bytes % MB == 0) ? Long.toString(bytes / MB)
				: String.format(java.util.Locale.ROOT, "%.1f", bytes / (double) MB);
	}

}
