package org.wfa.dsl.tests.ide;

import java.util.List;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.wfa.dsl.ide.server.WfaServerModule;
import org.wfa.dsl.tests.support.WfaTestWorkspace;

import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The base of the language-server tests: Xtext's in-process test client talking to the server
 * that {@code wfa lsp} runs (WFA's server module), with helpers for positions in text blocks.
 */
abstract class WfaLanguageServerTest extends AbstractLanguageServerTest {

    static final String ORGANISATION = WfaTestWorkspace.ORGANISATION;

    WfaLanguageServerTest() {
        super("wfa");
    }

    @Override
    protected Module getServerModule() {
        // Xtext's test module runs requests synchronously; WFA's server goes on top of it.
        return Modules.override(super.getServerModule()).with(WfaServerModule.wfaBindings());
    }

    /** Writes the organisation file and opens it, returning its URI. */
    String openOrganisation() {
        String uri = writeFile("org.wfa", ORGANISATION);
        open(uri, ORGANISATION);
        return uri;
    }

    /** Writes a file to the test workspace and opens it in the editor, returning its URI. */
    String openFile(String name, String text) {
        String uri = writeFile(name, text);
        open(uri, text);
        return uri;
    }

    /** Replaces a document's whole text, as an editor does after an edit. */
    void change(String uri, int version, String text) {
        languageServer.didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    static TextDocumentIdentifier document(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    /** The position of the first occurrence of the marker in the text, plus a number of characters. */
    static Position positionOf(String text, String marker, int plus) {
        int offset = text.indexOf(marker);
        if (offset < 0) {
            throw new IllegalArgumentException("'" + marker + "' is not in the text");
        }
        offset += plus;
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }

    static Position positionOf(String text, String marker) {
        return positionOf(text, marker, 0);
    }
}
