package org.injaz.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.injaz.attachment.RejectedAttachmentException.Reason;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Storage against the real directory and database of the embedded application (the same
 * context as the API tests): what a commit, a rollback, a refusal and the sweeper leave
 * behind, and the quota of a nomination counted across its draft and its clarification
 * answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:nomination-api;DB_CLOSE_DELAY=-1")
class AttachmentsTest {

	@Autowired
	Attachments attachments;

	@Autowired
	AttachmentStore store;

	@Autowired
	AttachmentRecords records;

	@Autowired
	AttachmentSweeper sweeper;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFileIsKeptWholeUnderItsKeyWithItsRowAfterIt() throws Exception {
		AttachmentOwner draft = AttachmentOwner.draft(UUID.randomUUID());
		byte[] pdf = SampleFiles.pdf(200_000);
		Attachment stored = this.attachments.store(draft, AttachmentPurpose.EVIDENCE, "C:\\scans\\scan\u0000.exe",
				in(pdf), "nominee1");

		assertThat(stored.getFileName()).isEqualTo("scan.exe.pdf");
		assertThat(stored.getOriginalName()).isEqualTo("C:\\scans\\scan.exe");
		assertThat(stored.getMediaType()).isEqualTo("application/pdf");
		assertThat(stored.getSize()).isEqualTo(pdf.length);
		assertThat(stored.getSha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		assertThat(Files.readAllBytes(this.store.directory().resolve(stored.getStorageKey()))).isEqualTo(pdf);
		try (InputStream content = this.attachments.open(stored)) {
			assertThat(content.readAllBytes()).isEqualTo(pdf);
		}
		assertThat(
				this.jdbc.queryForObject("select count(*) from attachment where id = ?", Integer.class, stored.getId()))
			.isEqualTo(1);
		assertThat(this.attachments.of(draft)).extracting(Attachment::getId).containsExactly(stored.getId());
		assertThat(this.attachments.totalSize(draft)).isEqualTo(pdf.length);
		assertThat(temporaryFiles()).isEmpty();
	}

	@Test
	void aRolledBackTransactionTakesTheFileWithIt() throws IOException {
		AttachmentOwner draft = AttachmentOwner.draft(UUID.randomUUID());
		List<String> before = files();
		Attachment stored = new TransactionTemplate(this.transactionManager).execute((status) -> {
			Attachment attachment = this.attachments.store(draft, AttachmentPurpose.EVIDENCE, "a.png",
					in(SampleFiles.png()), "nominee1");
			// Renamed into place, but not yet committed.
			assertThat(this.store.exists(attachment.getStorageKey())).isTrue();
			status.setRollbackOnly();
			return attachment;
		});
		assertThat(this.store.exists(stored.getStorageKey())).isFalse();
		assertThat(this.records.findById(stored.getId())).isEmpty();
		assertThat(files()).isEqualTo(before);
	}

	@Test
	void refusedFilesLeaveNothingBehind() throws IOException {
		AttachmentOwner draft = AttachmentOwner.draft(UUID.randomUUID());
		List<String> before = files();
		assertRefused(() -> this.attachments.store(draft, AttachmentPurpose.EVIDENCE, "invoice.pdf",
				in(SampleFiles.exe()), "nominee1"), Reason.TYPE_NOT_ALLOWED);
		assertRefused(() -> this.attachments.store(draft, AttachmentPurpose.EVIDENCE, "empty.pdf", in(new byte[0]),
				"nominee1"), Reason.EMPTY);
		assertRefused(() -> this.attachments.store(draft, AttachmentPurpose.EVIDENCE, "\u202E", in(SampleFiles.pdf()),
				"nominee1"), Reason.NAME_INVALID);
		assertThat(files()).isEqualTo(before);
		assertThat(this.attachments.of(draft)).isEmpty();
	}

	@Test
	void aDeletedFileGoesOnlyOnceTheDeletionCommits() {
		AttachmentOwner draft = AttachmentOwner.draft(UUID.randomUUID());
		Attachment stored = this.attachments.store(draft, AttachmentPurpose.EVIDENCE, "sheet.xlsx",
				in(SampleFiles.xlsx()), "nominee1");
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.attachments.delete(draft, stored.getId());
			assertThat(this.store.exists(stored.getStorageKey())).isTrue();
		});
		assertThat(this.store.exists(stored.getStorageKey())).isFalse();
		assertThat(this.records.findById(stored.getId())).isEmpty();
		assertThatExceptionOfType(UnknownAttachmentException.class)
			.isThrownBy(() -> this.attachments.get(draft, stored.getId()));
	}

	@Test
	void anotherOwnersFileIsUnknown() {
		AttachmentOwner mine = AttachmentOwner.draft(UUID.randomUUID());
		Attachment stored = this.attachments.store(mine, AttachmentPurpose.EVIDENCE, "a.jpg", in(SampleFiles.jpeg()),
				"nominee1");
		assertThatExceptionOfType(UnknownAttachmentException.class)
			.isThrownBy(() -> this.attachments.get(AttachmentOwner.draft(UUID.randomUUID()), stored.getId()));
		assertThatExceptionOfType(UnknownAttachmentException.class)
			.isThrownBy(() -> this.attachments.delete(AttachmentOwner.nomination("ACH-4-G2C-9999"), stored.getId()));
		assertThat(this.store.exists(stored.getStorageKey())).isTrue();
	}

	@Test
	void theSweeperRemovesStaleTemporaryFilesAndFilesWithoutARowOnly() throws IOException {
		Attachment referenced = this.attachments.store(AttachmentOwner.draft(UUID.randomUUID()),
				AttachmentPurpose.EVIDENCE, "kept.pdf", in(SampleFiles.pdf()), "nominee1");
		Path directory = this.store.directory();
		Instant now = Instant.now();
		FileTime twoHoursAgo = FileTime.from(now.minus(Duration.ofHours(2)));
		Path staleTemp = Files.write(directory.resolve(".upload-" + UUID.randomUUID() + ".part"), new byte[10]);
		Path freshTemp = Files.write(directory.resolve(".upload-" + UUID.randomUUID() + ".part"), new byte[10]);
		Path staleOrphan = Files.write(directory.resolve(UUID.randomUUID().toString()), new byte[10]);
		Path freshOrphan = Files.write(directory.resolve(UUID.randomUUID().toString()), new byte[10]);
		Path unrelated = Files.write(directory.resolve("README.txt"), new byte[10]);
		for (Path path : List.of(staleTemp, staleOrphan, unrelated, directory.resolve(referenced.getStorageKey()))) {
			Files.setLastModifiedTime(path, twoHoursAgo);
		}

		assertThat(this.sweeper.sweep(now)).isEqualTo(2);

		assertThat(staleTemp).doesNotExist();
		assertThat(staleOrphan).doesNotExist();
		// An upload between its rename and its commit looks like a fresh orphan.
		assertThat(freshTemp).exists();
		assertThat(freshOrphan).exists();
		assertThat(unrelated).exists();
		assertThat(this.store.exists(referenced.getStorageKey())).isTrue();
		Files.delete(freshTemp);
		Files.delete(freshOrphan);
		Files.delete(unrelated);
	}

	@Test
	void aNominationsQuotaCountsItsDraftsFilesAndItsClarificationAnswers() {
		Attachments small = withLimits(DataSize.ofKilobytes(600), DataSize.ofKilobytes(1000));
		UUID draftId = UUID.randomUUID();
		AttachmentOwner draft = AttachmentOwner.draft(draftId);
		AttachmentOwner nomination = AttachmentOwner.nomination("QUOTA-" + draftId);

		assertRefused(() -> small.store(draft, AttachmentPurpose.EVIDENCE, "big.pdf", in(SampleFiles.pdf(700_000)),
				"nominee1"), Reason.TOO_LARGE);
		small.store(draft, AttachmentPurpose.EVIDENCE, "one.pdf", in(SampleFiles.pdf(400_000)), "nominee1");
		small.store(draft, AttachmentPurpose.EVIDENCE, "two.pdf", in(SampleFiles.pdf(400_000)), "nominee1");
		assertRefused(() -> small.store(draft, AttachmentPurpose.EVIDENCE, "three.pdf", in(SampleFiles.pdf(300_000)),
				"nominee1"), Reason.QUOTA_EXCEEDED);

		Integer moved = new TransactionTemplate(this.transactionManager)
			.execute((status) -> small.transfer(draft, nomination));
		assertThat(moved).isEqualTo(2);
		assertThat(small.of(draft)).isEmpty();
		assertThat(small.totalSize(nomination)).isEqualTo(800_000);

		small.store(nomination, AttachmentPurpose.CLARIFICATION, "answer.png", in(SampleFiles.png()), "nominee1");
		RejectedAttachmentException refused = assertRefused(() -> small.store(nomination,
				AttachmentPurpose.CLARIFICATION, "answer.pdf", in(SampleFiles.pdf(300_000)), "nominee1"),
				Reason.QUOTA_EXCEEDED);
		assertThat(refused.getArguments()).startsWith("1.0");
		assertThat(small.of(nomination)).extracting(Attachment::getPurpose)
			.containsExactly(AttachmentPurpose.EVIDENCE, AttachmentPurpose.EVIDENCE, AttachmentPurpose.CLARIFICATION);
	}

	@Test
	void twoUploadsAtOnceCannotBothTakeTheLastRoom() throws Exception {
		Attachments small = withLimits(DataSize.ofKilobytes(600), DataSize.ofKilobytes(1000));
		AttachmentOwner draft = AttachmentOwner.draft(UUID.randomUUID());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Attachment>> uploads = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				Callable<Attachment> upload = () -> small.store(draft, AttachmentPurpose.EVIDENCE, "race.pdf",
						in(SampleFiles.pdf(550_000)), "nominee1");
				uploads.add(pool.submit(upload));
			}
			int stored = 0;
			int refused = 0;
			for (Future<Attachment> upload : uploads) {
				try {
					upload.get();
					stored++;
				}
				catch (java.util.concurrent.ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(RejectedAttachmentException.class);
					refused++;
				}
			}
			assertThat(stored).isEqualTo(1);
			assertThat(refused).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(small.totalSize(draft)).isEqualTo(550_000);
	}

	private Attachments withLimits(DataSize maxFile, DataSize maxPerNomination) {
		return new Attachments(
				this.records, this.store, new AttachmentProperties(this.store.directory(), maxFile, maxPerNomination,
						Duration.ofHours(1), Duration.ofHours(1)),
				this.transactionManager, this.events, Clock.systemUTC());
	}

	private static RejectedAttachmentException assertRefused(Runnable store, Reason reason) {
		RejectedAttachmentException[] caught = new RejectedAttachmentException[1];
		assertThatExceptionOfType(RejectedAttachmentException.class).isThrownBy(store::run).satisfies((ex) -> {
			assertThat(ex.getReason()).isEqualTo(reason);
			caught[0] = ex;
		});
		return caught[0];
	}

	private static InputStream in(byte[] content) {
		return new ByteArrayInputStream(content);
	}

	private List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(this.store.directory())) {
			return files.map((path) -> path.getFileName().toString()).sorted().toList();
		}
	}

	private List<String> temporaryFiles() throws IOException {
		return files().stream().filter((name) -> name.startsWith(AttachmentStore.TEMP_PREFIX)).toList();
	}

}
