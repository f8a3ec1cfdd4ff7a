package org.wfa.dsl.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.wfa.dsl.generator.json.WfaJsonGenerator;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The schemas WFA's outputs are validated against, each loaded once. */
public final class WfaSchemas {

    private static Schema serverlessWorkflow;
    private static Schema workspaceJson;

    private WfaSchemas() {}

    /** The official Serverless Workflow 1.0.3 schema (see src/test/resources/schemas/README.md). */
    public static synchronized Schema serverlessWorkflow() {
        if (serverlessWorkflow == null) {
            try (InputStream in =
                    WfaSchemas.class.getResourceAsStream("/schemas/serverless-workflow-1.0.3.schema.yaml")) {
                serverlessWorkflow = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                        .getSchema(in, InputFormat.YAML);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return serverlessWorkflow;
    }

    /** The published schema of the resolved workspace as JSON. */
    public static synchronized Schema workspaceJson() {
        if (workspaceJson == null) {
            workspaceJson = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(WfaJsonGenerator.schema(), InputFormat.JSON);
        }
        return workspaceJson;
    }
}
