package org.wfa.dsl.resource;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IFragmentProvider;

/**
 * Computes exactly EMF's path fragments ({@code //@workflows.0/@nodes.1234/@clauses.2}), but
 * finds an object's position in a long containment list from an index instead of EMF's linear
 * search.
 * <p>
 * Xtext asks for the fragment of every object when it unloads a resource, of every
 * cross-reference's source when it installs the proxies and describes the references, and of
 * every exported name. The position of a step among a workflow's steps was searched from the
 * start of the list each time, which made each of these quadratic in the size of a workflow and
 * the largest part of the language server's edit latency growth from 2,000 to 10,000 steps.
 * <p>
 * One provider serves one resource. The index of a list is checked on every use (the object at
 * the indexed position must be the object asked for) and rebuilt when the list has changed, so
 * it is never stale, whatever the notifications did.
 */
public class WfaFragmentProvider implements IFragmentProvider {

    /** Shorter lists are searched: building an index would cost more than it saves. */
    private static final int INDEXED_FROM = 32;

    private static final String UNCONTAINED = "/-1";

    private final Map<List<?>, Map<EObject, Integer>> positions = new IdentityHashMap<>();

    /** The root the indexed lists belong to: a new parse makes them all unreachable. */
    private EObject indexedRoot;

    @Override
    public String getFragment(EObject obj, Fallback fallback) {
        if (obj.eContainer() == null || obj.eClass().getEIDAttribute() != null) {
            return fallback.getFragment(obj);
        }
        List<String> segments = new ArrayList<>();
        InternalEObject current = (InternalEObject) obj;
        for (InternalEObject container = current.eInternalContainer();
                container != null;
                container = current.eInternalContainer()) {
            segments.add(segment(container, current.eContainingFeature(), current));
            current = container;
            if (container.eDirectResource() != null) {
                break;
            }
        }
        // EMF's answer for the root covers what only the resource knows: the root's position, a
        // root that has an ID, a resource that is being unloaded (its objects no longer know it)
        // and an object that is not in the resource ("/-1" for the whole fragment).
        String root = fallback.getFragment(current);
        if (UNCONTAINED.equals(root) || current.eClass().getEIDAttribute() != null) {
            return UNCONTAINED.equals(root) ? root : fallback.getFragment(obj);
        }
        StringBuilder fragment = new StringBuilder(root.length() + 16 * segments.size()).append(root);
        for (int i = segments.size() - 1; i >= 0; i--) {
            fragment.append('/').append(segments.get(i));
        }
        return fragment.toString();
    }

    private String segment(InternalEObject container, EStructuralFeature feature, EObject child) {
        if (!(feature instanceof EReference reference)
                || !reference.isMany()
                || !reference.getEKeys().isEmpty()) {
            return container.eURIFragmentSegment(feature, child);
        }
        List<?> list = (List<?>) container.eGet(feature, false);
        if (list.size() < INDEXED_FROM) {
            return container.eURIFragmentSegment(feature, child);
        }
        return "@" + feature.getName() + '.' + position(list, child, EcoreUtil.getRootContainer(container));
    }

    private int position(List<?> list, EObject child, EObject root) {
        if (root != indexedRoot) {
            positions.clear();
            indexedRoot = root;
        }
        Map<EObject, Integer> index = positions.get(list);
        Integer position = index == null ? null : index.get(child);
        if (position == null || position >= list.size() || list.get(position) != child) {
            index = new IdentityHashMap<>(list.size() * 2);
            for (int i = 0; i < list.size(); i++) {
                index.put((EObject) list.get(i), i);
            }
            positions.put(list, index);
            position = index.get(child);
        }
        return position == null ? -1 : position;
    }

    @Override
    public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
        return fallback.getEObject(fragment);
    }
}
