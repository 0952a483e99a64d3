package org.injaz.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attachments directory. A file arrives as a temporary {@code .upload-*.part} file in
 * the same directory, is fsynced and then atomically renamed to its storage key, so that
 * a crash leaves either a whole file or a temporary one, never a half-written file under
 * a real name. Files whose database row never came, or went, are swept later.
 */
class AttachmentStore {

	static final String TEMP_PREFIX = ".upload-";

	static final String TEMP_SUFFIX = ".part";

	private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);

	private static final int BUFFER = 64 * 1024;

	private final Path directory;

	AttachmentStore(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the attachments directory " + this.directory, ex);
		}
	}

	Path directory() {
		return this.directory;
	}

	/**
	 * Streams the content to a new temporary file, counting and hashing as it goes, and
	 * gives up as soon as more than {@code maxBytes} arrive.
	 * @param tooLarge the refusal for a file over the limit
	 */
	Upload receive(InputStream content, long maxBytes, LongFunction<RuntimeException> tooLarge) {
		Path temp = this.directory.resolve(TEMP_PREFIX + UUID.randomUUID() + TEMP_SUFFIX);
		MessageDigest sha256 = sha256();
		long size = 0;
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256);
			byte[] buffer = new byte[BUFFER];
			int read;
			while ((read = content.read(buffer)) != -1) {
				size += read;
				if (size > maxBytes) {
					throw tooLarge.apply(maxBytes);
				}
				out.write(buffer, 0, read);
			}
			out.flush();
			channel.force(true);
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(temp);
			if (ex instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			throw (RuntimeException) ex;
		}
		return new Upload(temp, size, HexFormat.of().formatHex(sha256.digest()));
	}

	/** Gives a received file its final name, atomically, and makes the rename durable. */
	void keep(Upload upload, String storageKey) {
		try {
			Files.move(upload.temp(), file(storageKey), StandardCopyOption.ATOMIC_MOVE);
			syncDirectory();
		}
		catch (IOException ex) {
			deleteQuietly(upload.temp());
			throw new UncheckedIOException(ex);
		}
	}

	void discard(Upload upload) {
		deleteQuietly(upload.temp());
	}

	InputStream open(String storageKey) {
		try {
			return Files.newInputStream(file(storageKey));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(String storageKey) {
		deleteQuietly(file(storageKey));
	}

	boolean exists(String storageKey) {
		return Files.exists(file(storageKey));
	}

	/** Temporary files and kept files, with their last modification. */
	List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.directory)) {
			for (Path path : files) {
				if (Files.isRegularFile(path)) {
					String name = path.getFileName().toString();
					boolean temporary = name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
					if (temporary || isStorageKey(name)) {
						entries.add(new Entry(name, temporary, Files.getLastModifiedTime(path).toInstant()));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	void deleteEntry(Entry entry) {
		deleteQuietly(this.directory.resolve(entry.name()));
	}

	private Path file(String storageKey) {
		if (!isStorageKey(storageKey)) {
			throw new IllegalArgumentException("Not a storage key: " + storageKey);
		}
		return this.directory.resolve(storageKey);
	}

	private static boolean isStorageKey(String name) {
		try {
			return UUID.fromString(name).toString().equals(name);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** On Linux a rename is durable only once the directory is synced too. */
	private void syncDirectory() {
		try (FileChannel dir = FileChannel.open(this.directory, StandardOpenOption.READ)) {
			dir.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// Some platforms (Windows) cannot open a directory; their rename is durable.
			log.debug("Could not sync {}: {}", this.directory, ex.getMessage());
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}; the sweeper will retry: {}", path, ex.getMessage());
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A received file, not yet kept. */
	record Upload(Path temp, long size, String sha256) {
	}

	record Entry(String name, boolean temporary, Instant modified) {
	}

}
