package org.wfa.dsl.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wfa.dsl.WfaStandaloneSetup;

/**
 * The XML factories WFA registers for EMF refuse document type declarations, so no external (XXE)
 * or internal entity reaches the parser: a file naming a local file in its DOCTYPE must fail to
 * load with a clear error and must not show that file's content.
 */
class WfaXmlExternalEntityTest {

    private static final String SECRET = "wfa-xxe-secret-7f3a";

    @TempDir
    Path dir;

    /** An Ecore file whose DOCTYPE declares an external entity (a local file) and an internal one. */
    private Path payload(String extension) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        return Files.writeString(dir.resolve("evil." + extension), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE ecore:EPackage [
                  <!ENTITY xxe SYSTEM "%s">
                  <!ENTITY internal "expanded">
                ]>
                <ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore"
                    name="evil" nsURI="http://example.org/evil" nsPrefix="evil">
                  <eAnnotations source="xxe">
                    <details key="file"><value>&xxe;</value></details>
                    <details key="internal"><value>&internal;</value></details>
                  </eAnnotations>
                </ecore:EPackage>
                """.formatted(secret.toUri()));
    }

    @Test
    void theRegisteredEcoreAndXmiFactoriesRefuseADoctype() throws IOException {
        WfaStandaloneSetup.doSetup();
        for (String extension : new String[] {"ecore", "xmi"}) {
            ResourceSet resources = new ResourceSetImpl();
            URI uri = URI.createFileURI(payload(extension).toString());
            RuntimeException failure = assertThrows(RuntimeException.class, () -> resources.getResource(uri, true));
            String message = String.valueOf(failure.getMessage());
            assertTrue(message.contains("DOCTYPE is disallowed"), extension + ": " + message);
            assertFalse(message.contains(SECRET), message);
            Resource resource = resources.getResource(uri, false);
            assertTrue(resource == null || resource.getContents().isEmpty(), extension + ": content was loaded");
        }
    }

    /**
     * What the plain EMF factory does with the same file: it processes the DOCTYPE (the internal
     * entity is expanded, so entity tricks reach the parser) but, in EMF 2.37, reads no external
     * entity. If a later EMF resolved them, this test would say so.
     */
    @Test
    void emfsPlainFactoryProcessesTheDoctypeButReadsNoFile() throws IOException {
        Resource resource = new EcoreResourceFactoryImpl()
                .createResource(URI.createFileURI(payload("ecore").toString()));
        resource.load(null);
        EAnnotation annotation = ((EPackage) resource.getContents().get(0)).getEAnnotation("xxe");
        assertEquals("expanded", annotation.getDetails().get("internal"));
        assertEquals("", annotation.getDetails().get("file"));
    }
}
