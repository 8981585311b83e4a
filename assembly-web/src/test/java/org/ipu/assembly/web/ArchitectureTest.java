package org.ipu.assembly.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The web module reaches the business tier (the EJB module's components) only through its
 * boundaries.
 *
 * <p>Precisely: a class of {@code org.ipu.assembly.web..} may depend on a class of the EJB module
 * ({@code org.ipu.assembly..} outside {@code web}) only if that class
 *
 * <ul>
 *   <li>resides in a {@code ..boundary..} package (the services and the requests they take), or
 *   <li>resides in {@code org.ipu.assembly.platform..}, the shared floor that knows no business
 *       component ({@code AssemblyException}, {@code WholeNumber}), or
 *   <li>is <em>handed out</em> by a boundary: it appears in the return or parameter type (with its
 *       type arguments) of a public method of a boundary class, or is an event a boundary fires
 *       ({@code Event<T>}), or, recursively, is returned by a public method of a class handed out
 *       (a record's components, an entity's getters) or is its superclass.
 * </ul>
 *
 * So the web may read the entities and records a boundary gives it, and build the requests a
 * boundary takes, but never call a control class, run a query or apply a rule itself.
 */
class ArchitectureTest {

  private static final String ASSEMBLY = "org.ipu.assembly";
  private static final String WEB = "org.ipu.assembly.web";

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ASSEMBLY);

  @Test
  void theWebReachesTheBusinessTierOnlyThroughItsBoundaries() {
    Set<String> handedOut = handedOut(CLASSES);
    classes()
        .that()
        .resideInAPackage(WEB + "..")
        .should(onlyReachTheBusinessTierThroughBoundaries(handedOut))
        .because("the web tier shows and sends; the EJB module's boundaries decide")
        .check(CLASSES);
  }

  @Test
  void theRuleSeesBothModules() {
    // Guards the rule above against passing vacuously (the EJB classes must be on the classpath).
    Set<String> handedOut = handedOut(CLASSES);
    org.assertj.core.api.Assertions.assertThat(handedOut)
        .contains(
            "org.ipu.assembly.voting.entity.Vote",
            "org.ipu.assembly.voting.control.VoteSnapshot$BoardEntry",
            "org.ipu.assembly.voting.rules.RollCallOrder$Delegation")
        .doesNotContain(
            "org.ipu.assembly.voting.control.VoteLocks",
            "org.ipu.assembly.voting.rules.VoteAllocation");
  }

  private static ArchCondition<JavaClass> onlyReachTheBusinessTierThroughBoundaries(
      Set<String> handedOut) {
    return new ArchCondition<>(
        "reach the business tier only through boundary types and what they hand out") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          if (!allowed(target, handedOut)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static boolean allowed(JavaClass target, Set<String> handedOut) {
    String name = target.getName();
    String pkg = target.getPackageName();
    return !pkg.startsWith(ASSEMBLY)
        || pkg.startsWith(WEB)
        || pkg.contains(".boundary")
        || pkg.startsWith(ASSEMBLY + ".platform")
        || handedOut.contains(name);
  }

  /** Every business class a boundary hands out, directly or through what it hands out. */
  private static Set<String> handedOut(JavaClasses classes) {
    Deque<JavaClass> toVisit = new ArrayDeque<>();
    Set<String> found = new HashSet<>();
    for (JavaClass boundary : classes) {
      if (!isBusiness(boundary) || !boundary.getPackageName().contains(".boundary")) {
        continue;
      }
      for (JavaMethod method : boundary.getMethods()) {
        if (method.getModifiers().contains(JavaModifier.PUBLIC)) {
          add(method.getReturnType(), found, toVisit);
          method.getParameterTypes().forEach(type -> add(type, found, toVisit));
        }
      }
      for (JavaField field : boundary.getFields()) {
        if (field.getRawType().getName().equals("jakarta.enterprise.event.Event")) {
          add(field.getType(), found, toVisit);
        }
      }
    }
    while (!toVisit.isEmpty()) {
      JavaClass given = toVisit.pop();
      for (JavaMethod method : given.getMethods()) {
        if (method.getModifiers().contains(JavaModifier.PUBLIC)) {
          add(method.getReturnType(), found, toVisit);
        }
      }
      given.getRawSuperclass().ifPresent(superclass -> add(superclass, found, toVisit));
    }
    return found;
  }

  private static void add(JavaType type, Set<String> found, Deque<JavaClass> toVisit) {
    for (JavaClass involved : type.getAllInvolvedRawTypes()) {
      JavaClass base = involved.getBaseComponentType();
      if (isBusiness(base) && found.add(base.getName())) {
        toVisit.push(base);
      }
    }
  }

  private static boolean isBusiness(JavaClass type) {
    return type.getPackageName().startsWith(ASSEMBLY) && !type.getPackageName().startsWith(WEB);
  }
}
