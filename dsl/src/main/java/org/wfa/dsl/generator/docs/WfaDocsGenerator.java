package org.wfa.dsl.generator.docs;

import java.util.ArrayList;
import java.util.List;

import org.wfa.dsl.generator.GeneratedFile;

import com.google.inject.Inject;

/**
 * The {@code docs} target: Markdown handbooks with embedded Mermaid diagrams, RACI matrices as
 * CSV, and an index with the landscape map, all under {@code docs/}.
 */
public class WfaDocsGenerator {

    public static final String FOLDER = "docs/";

    @Inject
    private WfaMarkdownGenerator markdown;

    @Inject
    private WfaRaciCsvGenerator csv;

    /** The files of the target; each is rendered when it is written. */
    public List<GeneratedFile> generate(WorkspaceDoc workspace) {
        List<GeneratedFile> files = new ArrayList<>();
        files.add(GeneratedFile.lazy(FOLDER + "index.md", () -> markdown.index(workspace)));
        for (WorkflowDoc workflow : workspace.workflows()) {
            files.add(GeneratedFile.lazy(
                    FOLDER + WfaMarkdownGenerator.fileOf(workflow.ref()), () -> markdown.handbook(workflow)));
            files.add(GeneratedFile.lazy(
                    FOLDER + WfaMarkdownGenerator.raciFileOf(workflow.ref()), () -> csv.generate(workflow)));
        }
        return files;
    }
}
