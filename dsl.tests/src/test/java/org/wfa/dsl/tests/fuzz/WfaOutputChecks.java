package org.wfa.dsl.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.dmn.Dmn;
import org.wfa.dsl.generator.GeneratedFile;
import org.wfa.dsl.tests.support.WfaCsv;
import org.wfa.dsl.tests.support.WfaSchemas;
import org.xml.sax.InputSource;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;

/**
 * Whether a generated file is valid for what it is, judged by the format's own validator: BPMN and
 * DMN by the schemas of Operaton's model APIs, Serverless Workflow by the official schema, the
 * JSON export by its published schema, HTML by an HTML5 parser that reports every parse error,
 * SVG as XML, CSV as RFC 4180 without formula cells, Markdown tables with one cell per column.
 * Pages must also be inert: no script element and no event-handler attribute, whatever the
 * workspace's text.
 */
final class WfaOutputChecks {

    /** Fails, naming the file, unless it is valid for its kind; returns whether a check applied. */
    boolean assertValid(GeneratedFile file) throws Exception {
        String path = file.path();
        String content = file.content();
        if (path.endsWith(".bpmn")) {
            Bpmn.validateModel(Bpmn.readModelFromStream(stream(content)));
        } else if (path.endsWith(".dmn")) {
            Dmn.validateModel(Dmn.readModelFromStream(stream(content)));
        } else if (path.startsWith("sw/") && (path.endsWith(".yaml") || path.endsWith(".yml"))) {
            assertSchema(WfaSchemas.serverlessWorkflow(), content, InputFormat.YAML, path);
        } else if (path.equals("json/workspace.json")) {
            assertSchema(WfaSchemas.workspaceJson(), content, InputFormat.JSON, path);
        } else if (path.endsWith(".html")) {
            assertInertHtml(content, path);
        } else if (path.endsWith(".svg")) {
            assertWellFormedXml(content, path);
        } else if (path.endsWith(".csv")) {
            for (List<String> row : WfaCsv.parse(content)) {
                for (String cell : row) {
                    assertTrue(!WfaCsv.isFormula(cell), path + ": a formula cell: " + cell);
                }
            }
        } else if (path.endsWith(".md")) {
            assertTablesKeepTheirColumns(content, path);
        } else {
            return false;
        }
        return true;
    }

    private static void assertSchema(Schema schema, String content, InputFormat format, String path) {
        assertEquals(
                List.of(),
                schema.validate(content, format).stream()
                        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                        .toList(),
                path);
    }

    private static void assertInertHtml(String content, String path) {
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document page = parser.parseInput(content, "");
        List<String> errors = new ArrayList<>();
        for (ParseError error : parser.getErrors()) {
            errors.add(error.getCursorPos() + " " + error.getErrorMessage());
        }
        assertEquals(List.of(), errors, path + " is not well-formed HTML");
        assertTrue(page.select("script").isEmpty(), path + " has a script element");
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertTrue(
                        !attribute.getKey().toLowerCase().startsWith("on"),
                        path + ": an event handler on <" + element.tagName() + ">: " + attribute);
                assertTrue(
                        !attribute.getValue().trim().toLowerCase().startsWith("javascript:"),
                        path + ": a script link on <" + element.tagName() + ">: " + attribute);
            }
        }
    }

    private static void assertWellFormedXml(String content, String path) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(content)));
        } catch (Exception e) {
            fail(path + " is not well-formed XML: " + e.getMessage());
        }
    }

    /**
     * Every row of a Markdown table has as many cells as its header: text with a '|' that is not
     * escaped would open a column of its own.
     */
    private static void assertTablesKeepTheirColumns(String content, String path) {
        int columns = -1;
        boolean fenced = false;
        for (String line : content.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            if (fenced || !line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int cells = cells(line);
            if (columns < 0) {
                columns = cells;
            }
            assertEquals(columns, cells, path + ": a table row with a cell too many or too few: " + line);
        }
    }

    private static int cells(String row) {
        int pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                pipes++;
            }
        }
        return pipes - 1;
    }

    private static InputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
