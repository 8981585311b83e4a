package org.ipu.assembly;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The business tier never depends on the page technology. */
@AnalyzeClasses(packages = "org.ipu.assembly", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noFacesInTheEjbModule =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.faces..", "org.primefaces..", "org.omnifaces..")
          .because("the EJB module holds business logic; pages live in assembly-web");

  @ArchTest
  static final ArchRule votingRulesArePlainJava =
      noClasses()
          .that()
          .resideInAPackage("org.ipu.assembly.voting.rules..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta..", "org.flywaydb..")
          .because("the voting rules are plain Java, tested without a container");
}
