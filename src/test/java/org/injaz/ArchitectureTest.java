package org.injaz;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules of STYLE.md: domain packages stay free of the engine, process glue
 * depends on the domain and not the other way round, and features do not form cycles.
 */
@AnalyzeClasses(packages = "org.injaz", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String[] DOMAIN = { "org.injaz.edition..", "org.injaz.nomination..", "org.injaz.eligibility..",
			"org.injaz.entity..", "org.injaz.measurement..", "org.injaz.committee.." };

	@ArchTest
	static final ArchRule domainDoesNotDependOnCamunda = noClasses().that()
		.resideInAnyPackage(DOMAIN)
		.and()
		.resideOutsideOfPackage("..process..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.camunda..")
		.because("domain packages never import org.camunda.. (STYLE.md); delegates and listeners live in process");

	@ArchTest
	static final ArchRule domainDoesNotDependOnProcessGlue = noClasses().that()
		.resideInAnyPackage(DOMAIN)
		.and()
		.resideOutsideOfPackages("..process..", "..web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..process..")
		.because("process glue calls the domain, never the other way round (web adapters, like glue, sit outside)");

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("org.injaz.(*)..").should().beFreeOfCycles();

}
