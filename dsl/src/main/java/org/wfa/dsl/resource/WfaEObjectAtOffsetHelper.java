package org.wfa.dsl.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Xtext's lookup of the element at an offset, safe on damaged text. Xtext asks for the name of the
 * element at the offset without checking that there is one; in a document the parser could only
 * partly read there may be none, and 'go to definition' failed with a NullPointerException
 * (found by the language server's mutation fuzzing, docs/reliability.md).
 */
public class WfaEObjectAtOffsetHelper extends EObjectAtOffsetHelper {

    @Override
    public EObject getElementWithNameAt(XtextResource resource, int offset) {
        if (resource == null
                || resource.getParseResult() == null
                || resolveCrossReferencedElementAt(resource, offset) == null
                        && resolveElementAt(resource, offset) == null) {
            return null;
        }
        return super.getElementWithNameAt(resource, offset);
    }
}
