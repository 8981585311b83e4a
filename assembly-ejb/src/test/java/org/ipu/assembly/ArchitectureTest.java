package org.ipu.assembly;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of the business tier: components ({@code org.ipu.assembly.<component>}) without
 * cycles, each with {@code boundary} over {@code control} over {@code entity}, rules in plain Java,
 * a {@code platform} that knows no component, the demo data at the top, and no page technology.
 */
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
  static final ArchRule componentsAreFreeOfCycles =
      slices()
          .matching("org.ipu.assembly.(*)..")
          .namingSlices("component $1")
          .should()
          .beFreeOfCycles()
          .because("a component only uses the ones below it");

  @ArchTest
  static final ArchRule entitiesKnowNoServices =
      noClasses()
          .that()
          .resideInAPackage("..entity..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..control..", "..boundary..")
          .because("entities keep their own invariants and know nothing of the services above");

  @ArchTest
  static final ArchRule rulesArePlainJava =
      classes()
          .that()
          .resideInAPackage("..rules..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "..rules..")
          .because("the rules are plain Java, tested without a container");

  @ArchTest
  static final ArchRule platformKnowsNoComponent =
      noClasses()
          .that()
          .resideInAPackage("org.ipu.assembly.platform..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.ipu.assembly..")
                  .and(not(resideInAPackage("org.ipu.assembly.platform.."))))
          .because("every component uses the platform, so the platform can use none of them");

  @ArchTest
  static final ArchRule nothingDependsOnTheDemoData =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.ipu.assembly.demo..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.ipu.assembly.demo..")
          .because("the demo data is the top component: each capability contributes a seeder");
}
