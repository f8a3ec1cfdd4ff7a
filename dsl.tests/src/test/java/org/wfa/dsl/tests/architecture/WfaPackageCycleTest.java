package org.wfa.dsl.tests.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The packages of the language, the language server and the command line depend on each other in
 * one direction only (the layers are drawn in docs/architecture.md). A cycle means that neither
 * package can be understood, tested or changed without the other; this test names the classes
 * that close it.
 */
class WfaPackageCycleTest {

    /**
     * Packages that Xtext and EMF generate as one unit, whose parts refer to each other by design
     * (the model's interfaces and implementations, the parser and its ANTLR classes); each counts
     * as one package here.
     */
    private static final List<String> GENERATED_UNITS =
            List.of("org.wfa.dsl.wfa", "org.wfa.dsl.parser.antlr", "org.wfa.dsl.ide.contentassist.antlr");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wfa.dsl", "org.wfa.cli");

    @Test
    void packagesHaveNoCycles() {
        // A wrong class path would import nothing, and nothing has no cycles.
        assertTrue(
                PRODUCTION.containPackage("org.wfa.dsl.compiler") && PRODUCTION.containPackage("org.wfa.cli"),
                "the compiled classes of dsl and cli are on the class path");
        slices().assignedFrom(new Packages()).should().beFreeOfCycles().check(PRODUCTION);
    }

    private static final class Packages implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("org.wfa.")) {
                return SliceIdentifier.ignore();
            }
            for (String unit : GENERATED_UNITS) {
                if (name.equals(unit) || name.startsWith(unit + ".")) {
                    return SliceIdentifier.of(unit);
                }
            }
            return SliceIdentifier.of(name);
        }

        @Override
        public String getDescription() {
            return "packages of org.wfa";
        }
    }
}
