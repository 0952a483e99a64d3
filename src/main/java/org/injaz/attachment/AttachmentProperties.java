package org.injaz.attachment;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are stored and how much a nomination may hold.
 *
 * @param directory the attachments directory ({@code INJAZ_ATTACHMENTS_DIR})
 * @param maxFileSize the largest single file
 * @param maxPerNomination all files of a nomination together (its draft's, its
 * clarification answers')
 * @param staleAfter age after which an unfinished upload or a file without a row is
 * removed
 * @param sweepInterval how often the sweeper looks for such files
 */
@ConfigurationProperties("injaz.attachments")
public record AttachmentProperties(@DefaultValue("./.data/attachments") Path directory,
		@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("100MB") DataSize maxPerNomination,
		@DefaultValue("PT1H") Duration staleAfter, @DefaultValue("PT1H") Duration sweepInterval) {

}
