package org.ipu.assembly.platform.settings;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The settings know no business component; their catalog and checks are plain Java. */
@AnalyzeClasses(packages = "org.ipu.assembly", importOptions = ImportOption.DoNotIncludeTests.class)
class SettingsArchitectureTest {

  @ArchTest
  static final ArchRule settingsKnowNoBusinessComponent =
      noClasses()
          .that()
          .resideInAPackage("org.ipu.assembly.platform.settings..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.ipu.assembly.accounts..",
              "org.ipu.assembly.roster..",
              "org.ipu.assembly.voting..")
          .because("the platform serves every component and knows none of them");

  @ArchTest
  static final ArchRule settingsRulesArePlainJava =
      classes()
          .that()
          .resideInAPackage("org.ipu.assembly.platform.settings.rules..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.ipu.assembly.platform.settings.rules..")
          .because("the catalog and its checks are tested without a container");
}
