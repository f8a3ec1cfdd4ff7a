package org.wfa.cli.sarif;

import java.util.List;
import java.util.Map;

import com.google.gson.annotations.SerializedName;

/**
 * The part of SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format) that WFA writes: a
 * view model whose field names are SARIF's property names, serialised as is. Null fields are
 * left out of the output.
 */
public record SarifLog(@SerializedName("$schema") String schema, String version, List<Run> runs) {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";

    public record Run(Tool tool, List<Result> results, String columnKind, Map<String, Object> properties) {}

    public record Tool(Driver driver) {}

    public record Driver(String name, String version, String informationUri, List<Rule> rules) {}

    public record Rule(
            String id, String name, Message shortDescription, Message fullDescription, String helpUri, Help help) {}

    public record Help(String text, String markdown) {}

    public record Message(String text) {}

    /**
     * A finding. Its related locations (a soundness counterexample's steps) are both
     * {@code relatedLocations}, numbered, and one code flow whose thread flow visits them in
     * order, which viewers such as GitHub code scanning and VS Code's SARIF viewer step through.
     */
    public record Result(
            String ruleId,
            Integer ruleIndex,
            String level,
            Message message,
            List<Location> locations,
            List<Location> relatedLocations,
            List<CodeFlow> codeFlows,
            List<Suppression> suppressions) {}

    /** A place; {@code id} and {@code message} only for a related location. */
    public record Location(Integer id, PhysicalLocation physicalLocation, Message message) {

        public Location(PhysicalLocation physicalLocation) {
            this(null, physicalLocation, null);
        }
    }

    public record CodeFlow(List<ThreadFlow> threadFlows) {}

    public record ThreadFlow(List<ThreadFlowLocation> locations) {}

    public record ThreadFlowLocation(Location location) {}

    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

    public record ArtifactLocation(String uri, String uriBaseId) {}

    /** Lines and columns start at 1; the end column is the one after the last marked character. */
    public record Region(int startLine, int startColumn, Integer endLine, Integer endColumn) {}

    public record Suppression(String kind, String justification) {}
}
