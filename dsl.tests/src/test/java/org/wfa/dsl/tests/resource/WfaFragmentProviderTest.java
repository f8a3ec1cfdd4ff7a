package org.wfa.dsl.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.compiler.WfaCompiler;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.tests.support.WfaDocsFixture;
import org.wfa.dsl.tests.support.WfaTestWorkspace;
import org.wfa.dsl.wfa.Model;
import org.wfa.dsl.wfa.Node;
import org.wfa.dsl.wfa.Workflow;
import org.wfa.dsl.workspace.Compilation;

import com.google.inject.Inject;

/** The indexed fragments are EMF's path fragments, also after the indexed lists change. */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaFragmentProviderTest {

    private static final int STAGES = 80;

    @Inject
    private WfaCompiler compiler;

    @Test
    void everyObjectOfTheExamplesHasEmfsPathFragment() throws Exception {
        Compilation compilation = WfaDocsFixture.compile(compiler, "examples");
        int objects = 0;
        for (Resource resource : compilation.resources()) {
            objects += assertEmfFragments(resource);
        }
        assertTrue(objects > 500, "only " + objects + " objects checked");
    }

    @Test
    void aLongListOfStepsIsIndexedAndTheIndexFollowsRemovalsAndInsertions() {
        Resource resource = longWorkflow().resources().get(1);
        assertEmfFragments(resource);
        Workflow workflow =
                ((Model) resource.getContents().get(0)).getWorkflows().get(0);
        Node moved = workflow.getNodes().remove(3);
        assertEmfFragments(resource);
        workflow.getNodes().add(STAGES / 2, moved);
        assertEmfFragments(resource);
        assertSame(moved, resource.getEObject(resource.getURIFragment(moved)));
    }

    @Test
    void unloadingProxifiesEveryObjectWithItsFragment() {
        Resource resource = longWorkflow().resources().get(1);
        Map<EObject, String> fragments = new LinkedHashMap<>();
        resource.getAllContents().forEachRemaining(o -> fragments.put(o, resource.getURIFragment(o)));
        resource.unload();
        fragments.forEach((object, fragment) -> {
            assertTrue(object.eIsProxy(), fragment);
            assertEquals(fragment, ((InternalEObject) object).eProxyURI().fragment());
        });
        assertTrue(fragments.size() > STAGES, fragments.size() + " objects");
    }

    private Compilation longWorkflow() {
        String stages = IntStream.range(0, STAGES)
                .mapToObj(i -> """
                    stage S%d {
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> %s
                    }
                """.formatted(i, i + 1 < STAGES ? "S" + (i + 1) : "Done"))
                .collect(Collectors.joining("\n"));
        return WfaTestWorkspace.withOrganisation()
                .file("long.wfa", """
                package acme.hr

                import acme.org.*

                workflow Long {
                    owner HR.Head
                    start -> S0

                %s
                    end Done
                }
                """.formatted(stages))
                .compile(compiler);
    }

    /** Asserts each object's fragment against EMF's own path, and that it finds the object. */
    private static int assertEmfFragments(Resource resource) {
        EObject root = resource.getContents().get(0);
        assertEquals("/", resource.getURIFragment(root));
        int objects = 0;
        for (var it = EcoreUtil.getAllProperContents(root, false); it.hasNext(); objects++) {
            EObject object = (EObject) it.next();
            String fragment = resource.getURIFragment(object);
            assertEquals("//" + EcoreUtil.getRelativeURIFragmentPath(root, object), fragment);
            assertSame(object, resource.getEObject(fragment), fragment);
        }
        return objects;
    }
}
