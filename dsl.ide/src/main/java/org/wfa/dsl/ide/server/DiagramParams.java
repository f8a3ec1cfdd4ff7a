package org.wfa.dsl.ide.server;

import org.eclipse.lsp4j.Position;

/**
 * Parameters of the {@code wfa/diagram} request: the document, and optionally the position whose
 * workflow to draw (without one, the file's first workflow is drawn).
 */
public class DiagramParams {

    private String uri;

    private Position position;

    public DiagramParams() {}

    public DiagramParams(String uri, Position position) {
        this.uri = uri;
        this.position = position;
    }

    public String getUri() {
        return uri;
    }

    public Position getPosition() {
        return position;
    }
}
