package org.wfa.dsl.compiler;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.wfa.dsl.validation.WfaIssueCodes;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The standalone compiler API: parses, links and validates a workspace of .wfa files.
 * The CLI, the language server and the build plugins are thin layers over it.
 */
public class WfaCompiler {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    @Inject
    private IResourceServiceProvider.Registry services;

    /** A compiler with its own injector, for use outside a language server. */
    public static WfaCompiler create() {
        return WfaStandalone.injector().getInstance(WfaCompiler.class);
    }

    /** Reads the given files and directories and compiles them as one workspace. */
    public Compilation compile(List<java.nio.file.Path> paths) throws WfaInputException {
        return compileSources(WfaSources.read(paths));
    }

    public Compilation compileSources(List<SourceFile> sources) {
        XtextResourceSet resourceSet = resourceSets.get();
        resourceSet.addLoadOption(XtextResource.OPTION_RESOLVE_ALL, Boolean.FALSE);
        List<XtextResource> resources = new ArrayList<>(sources.size());
        for (SourceFile source : sources) {
            resources.add(WfaResources.load(resourceSet, source));
        }
        indexAll(resourceSet, resources);
        List<WfaDiagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            for (Issue issue : validator.validate(resources.get(i), CheckMode.ALL, CancelIndicator.NullImpl)) {
                diagnostics.add(toDiagnostic(sources.get(i), issue));
            }
        }
        diagnostics.sort(WfaDiagnostic.ORDER);
        return new Compilation(sources, resources, diagnostics);
    }

    /**
     * Makes the exported names of all files one hashed index, so that linking a name across
     * files is a look-up rather than a scan of every file.
     */
    private void indexAll(XtextResourceSet resourceSet, List<XtextResource> resources) {
        List<IResourceDescription> descriptions = new ArrayList<>(resources.size());
        for (Resource resource : resources) {
            IResourceDescription.Manager manager = services.getResourceServiceProvider(resource.getURI())
                    .getResourceDescriptionManager();
            descriptions.add(manager.getResourceDescription(resource));
        }
        ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
                new ResourceDescriptionsData(descriptions));
    }

    private static WfaDiagnostic toDiagnostic(SourceFile source, Issue issue) {
        WfaDiagnostic.Severity severity = switch (issue.getSeverity()) {
            case ERROR -> WfaDiagnostic.Severity.ERROR;
            case WARNING -> WfaDiagnostic.Severity.WARNING;
            default -> WfaDiagnostic.Severity.INFO;
        };
        String code = issue.getCode();
        if (code == null || !code.startsWith(WfaIssueCodes.PREFIX)) {
            code = issue.isSyntaxError() ? WfaIssueCodes.SYNTAX_ERROR
                    : org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(code)
                            ? WfaIssueCodes.UNRESOLVED_REFERENCE : WfaIssueCodes.SYNTAX_ERROR;
        }
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        int column = issue.getColumn() == null ? 1 : issue.getColumn();
        int offset = issue.getOffset() == null ? 0 : issue.getOffset();
        int length = issue.getLength() == null ? 0 : issue.getLength();
        return new WfaDiagnostic(source.displayPath(), line, column, offset, length, severity, issue.getMessage(),
                code);
    }
}
