package org.injaz.edition;

import java.net.URI;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import javax.cache.CacheManager;
import javax.cache.Caching;

import jakarta.persistence.SharedCacheMode;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.hibernate.cache.jcache.ConfigSettings;
import org.hibernate.cfg.AvailableSettings;

import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The award's configuration (programmes, branches, criteria, editions) in Hibernate's
 * second-level cache: nearly every step of a case reads it, and it changes a few times a
 * year (docs/performance.md). Entities marked {@code @Cache} are kept in this JVM, and
 * Hibernate updates them as it writes them; a second node would not see the first's
 * changes. Each application context has a cache manager of its own, so that two contexts
 * on different databases (tests) never share rows, and a region missing here fails the
 * start-up rather than running unbounded.
 */
@Configuration(proxyBeanMethods = false)
class AwardConfigurationCache {

	/** Region names are Hibernate's: the entity's class name, and a collection's role. */
	static final Map<String, Long> REGIONS = Map.of(AwardProgramme.class.getName(), 100L,
			AwardProgramme.class.getName() + ".branches", 100L, Branch.class.getName(), 1_000L,
			Branch.class.getName() + ".criteria", 1_000L, Criterion.class.getName(), 10_000L, Edition.class.getName(),
			1_000L);

	@Bean(destroyMethod = "close")
	CacheManager awardConfigurationCacheManager() {
		CacheManager caches = Caching.getCachingProvider(CaffeineCachingProvider.class.getName())
			.getCacheManager(URI.create("injaz:award-configuration:" + UUID.randomUUID()),
					AwardConfigurationCache.class.getClassLoader());
		REGIONS.forEach((region, size) -> caches.createCache(region,
				new CaffeineConfiguration<>().setMaximumSize(OptionalLong.of(size))));
		return caches;
	}

	@Bean
	HibernatePropertiesCustomizer awardConfigurationCacheRegions(CacheManager awardConfigurationCacheManager) {
		return (properties) -> {
			properties.put(AvailableSettings.USE_SECOND_LEVEL_CACHE, true);
			properties.put(AvailableSettings.CACHE_REGION_FACTORY, "jcache");
			properties.put(AvailableSettings.JAKARTA_SHARED_CACHE_MODE, SharedCacheMode.ENABLE_SELECTIVE);
			properties.put(ConfigSettings.CACHE_MANAGER, awardConfigurationCacheManager);
			properties.put(ConfigSettings.MISSING_CACHE_STRATEGY, "fail");
		};
	}

}
