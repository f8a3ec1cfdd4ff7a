package org.wfa.dsl.generator.docs;

import java.util.ArrayList;
import java.util.List;

import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.generator.WfaParallel;

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

    public List<GeneratedFile> generate(WorkspaceDoc workspace) {
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile(FOLDER + "index.md", markdown.index(workspace)));
        for (List<GeneratedFile> pair : WfaParallel.map(workspace.workflows(), workflow -> List.of(
                new GeneratedFile(FOLDER + WfaMarkdownGenerator.fileOf(workflow.ref()), markdown.handbook(workflow)),
                new GeneratedFile(FOLDER + WfaMarkdownGenerator.raciFileOf(workflow.ref()), csv.generate(workflow))))) {
            files.addAll(pair);
        }
        return files;
    }
}
