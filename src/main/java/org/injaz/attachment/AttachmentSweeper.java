package org.injaz.attachment;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.injaz.attachment.AttachmentStore.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes what crashes and failed deletions leave in the attachments directory: temporary
 * upload files, and files that no row refers to. Only files older than
 * {@code stale-after} are touched, so an upload between its rename and its commit is
 * safe. Runs at start-up and then on a schedule.
 */
@Component
class AttachmentSweeper {

	private static final Logger log = LoggerFactory.getLogger(AttachmentSweeper.class);

	private static final int BATCH = 500;

	private final AttachmentStore store;

	private final AttachmentRecords records;

	private final AttachmentProperties properties;

	private final Clock clock;

	AttachmentSweeper(AttachmentStore store, AttachmentRecords records, AttachmentProperties properties, Clock clock) {
		this.store = store;
		this.records = records;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${injaz.attachments.sweep-interval:PT1H}")
	void sweep() {
		int removed = sweep(this.clock.instant());
		if (removed > 0) {
			log.info("Removed {} stale or unreferenced files from {}", removed, this.store.directory());
		}
	}

	/** Returns how many files it removed. */
	int sweep(Instant now) {
		Instant staleBefore = now.minus(this.properties.staleAfter());
		List<Entry> stale = this.store.entries()
			.stream()
			.filter((entry) -> entry.modified().isBefore(staleBefore))
			.toList();
		int removed = 0;
		for (Entry entry : stale) {
			if (entry.temporary()) {
				this.store.deleteEntry(entry);
				removed++;
			}
		}
		List<Entry> kept = stale.stream().filter((entry) -> !entry.temporary()).toList();
		for (int from = 0; from < kept.size(); from += BATCH) {
			List<Entry> batch = kept.subList(from, Math.min(from + BATCH, kept.size()));
			Set<String> referenced = new HashSet<>(
					this.records.findStorageKeysIn(batch.stream().map(Entry::name).toList()));
			for (Entry entry : batch) {
				if (!referenced.contains(entry.name())) {
					this.store.deleteEntry(entry);
					removed++;
				}
			}
		}
		return removed;
	}

}
