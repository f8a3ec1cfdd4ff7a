package org.wfa.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaNamingValidatorTest {

    @Inject
    private WfaCompiler compiler;

    @Test
    void reportsDuplicateDeclarationInOneFile() {
        String rendered = WfaTestWorkspace.renderLanguage(new WfaTestWorkspace().file("org.wfa", """
                package acme.org

                team HR {
                    role Head
                    role Head
                }

                system HR
                """).compile(compiler));
        assertEquals("""
                org.wfa:5:10: error: Duplicate name 'acme.org.HR.Head': also declared as role above; expected a name that identifies one element. [WFA003]
                org.wfa:8:8: error: Duplicate name 'acme.org.HR': also declared as team above; expected a name that identifies one element. [WFA003]""",
                rendered);
    }

    @Test
    void reportsDuplicateDeclarationAcrossFiles() {
        String rendered = WfaTestWorkspace.renderLanguage(WfaTestWorkspace.withOrganisation().file("more.wfa", """
                package acme.org

                team IT
                """).compile(compiler));
        assertEquals("""
                more.wfa:3:6: error: Duplicate name 'acme.org.IT': also declared in 'org.wfa'; expected a name that identifies one element. [WFA003]
                org.wfa:8:6: error: Duplicate name 'acme.org.IT': also declared in 'more.wfa'; expected a name that identifies one element. [WFA003]""",
                rendered);
    }

    @Test
    void reportsDuplicateStepDataAndEnumerationNamesInAWorkflow() {
        String rendered = WfaTestWorkspace.renderLanguage(WfaTestWorkspace.withOrganisation().file("w.wfa", """
                workflow W {
                    data {
                        Done: enum { a, b, a }
                    }
                    start -> Done

                    end Done
                }
                """).compile(compiler));
        assertEquals("""
                w.wfa:3:9: error: Duplicate name 'Done' in workflow 'W': also used by the end above; expected a name used once per workflow. [WFA003]
                w.wfa:3:28: error: Duplicate enumeration value 'a': expected each value once. [WFA015]""",
                rendered);
    }
}
