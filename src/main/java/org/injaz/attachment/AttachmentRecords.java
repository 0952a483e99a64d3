package org.injaz.attachment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRecords extends JpaRepository<Attachment, UUID> {

	List<Attachment> findByOwnerKindAndOwnerIdOrderByUploadedAtAscIdAsc(AttachmentOwner.Kind kind, String ownerId);

	Optional<Attachment> findByIdAndOwnerKindAndOwnerId(UUID id, AttachmentOwner.Kind kind, String ownerId);

	@Query("select coalesce(sum(a.size), 0) from Attachment a where a.ownerKind = ?1 and a.ownerId = ?2")
	long totalSize(AttachmentOwner.Kind kind, String ownerId);

	@Query("select a.storageKey from Attachment a where a.storageKey in ?1")
	List<String> findStorageKeysIn(Collection<String> keys);

}
