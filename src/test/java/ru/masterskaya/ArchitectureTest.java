package ru.masterskaya;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/** Conventions every module follows; each rule names what it guards and fails if it guards nothing. */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.masterskaya");

    static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("ru.masterskaya");

    @Test
    void controllersLiveInWebPackages() {
        ArchRule rule = classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .or().areAnnotatedWith(ControllerAdvice.class)
                .should().resideInAPackage("..web..");
        rule.check(MAIN);
    }

    @Test
    void repositoriesAreNamedAfterTheirAggregate() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().haveSimpleNameEndingWith("Repository")
                .check(MAIN);
    }

    @Test
    void singleRecordLookupsReturnOptional() {
        methods().that().areDeclaredInClassesThat().areAssignableTo(Repository.class)
                .and().haveNameMatching("find(By|WithOrganisationBy|ByUsername|ByPersonId)[A-Z]?\\w*")
                .and().doNotHaveRawReturnType(java.util.List.class)
                .and().doNotHaveRawReturnType(org.springframework.data.domain.Page.class)
                .should().haveRawReturnType(Optional.class)
                .check(MAIN);
    }

    @Test
    void entitiesAreNotBoundFromForms() {
        noClasses().that().resideInAPackage("..web..").and().haveSimpleNameEndingWith("FormData")
                .should().beAnnotatedWith(Entity.class)
                .check(MAIN);
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().resideInAPackage("jakarta.validation.constraints..")
                .check(MAIN);
    }

    @Test
    void integrationTestsUseOurMetaAnnotation() {
        noClasses().that().haveSimpleNameEndingWith("IntegrationTest")
                .and().areNotAnnotations()
                .and().doNotHaveSimpleName("EmbeddedDatabaseStartupIntegrationTest")
                .should().beAnnotatedWith(SpringBootTest.class)
                .because("@MasterskayaIntegrationTest sets the profile, the clean database and the fixtures")
                .check(TESTS);
    }

    /**
     * The domain knows nothing of how data arrives. Forms and import files are the two ways in;
     * both are checked by the same …FormData rules, so the importer may use them.
     */
    @Test
    void domainCodeDoesNotDependOnTheWayDataArrives() {
        noClasses().that().resideOutsideOfPackages("..web..", "..importing..")
                .and().resideInAPackage("ru.masterskaya..")
                .should().dependOnClassesThat().resideInAPackage("ru.masterskaya..web..")
                .check(MAIN);
    }
}
