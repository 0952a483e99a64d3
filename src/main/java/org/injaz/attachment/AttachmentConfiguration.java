package org.injaz.attachment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The attachments directory, and scheduling for its sweeper.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AttachmentConfiguration {

	@Bean
	AttachmentStore attachmentStore(AttachmentProperties properties) {
		return new AttachmentStore(properties.directory());
	}

}
