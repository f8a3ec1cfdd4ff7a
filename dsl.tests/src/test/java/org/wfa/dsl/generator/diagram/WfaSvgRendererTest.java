package org.wfa.dsl.generator.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wfa.dsl.generator.diagram.Diagram.Edge;
import org.wfa.dsl.generator.diagram.Diagram.EdgeStyle;
import org.wfa.dsl.generator.diagram.Diagram.Lane;
import org.wfa.dsl.generator.diagram.Diagram.Node;
import org.wfa.dsl.generator.diagram.Diagram.Shape;

class WfaSvgRendererTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String HOSTILE = "<script>alert(1)</script> \"quoted\" 'single' & \u202Egnp.exe\u202C"
            + " \u2066isolate\u2069 bell\u0007 \uD800lone";

    private final WfaSwimlaneLayout layout = new WfaSwimlaneLayout();
    private final WfaSvgRenderer renderer = new WfaSvgRenderer();

    @Test
    void rendersAWellFormedSvgDocumentWithViewBoxSizeAndTitle() throws Exception {
        LaidOutDiagram laidOut = layout.layout(SampleDiagrams.orderProcess());
        Document document = parse(renderer.render(laidOut));
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(SVG_NS, root.getNamespaceURI());
        assertEquals("1.1", root.getAttribute("version"));
        String width = root.getAttribute("width");
        String height = root.getAttribute("height");
        assertEquals("0 0 " + width + " " + height, root.getAttribute("viewBox"));
        assertTrue(Double.parseDouble(width) >= laidOut.width());
        Element title = (Element) root.getElementsByTagNameNS(SVG_NS, "title").item(0);
        assertEquals(root, title.getParentNode());
        assertEquals("Order process", title.getTextContent());
        assertEquals(1, root.getElementsByTagNameNS(SVG_NS, "style").getLength());
    }

    @Test
    void hostileTextIsEscapedAndBidiAndControlCharactersAreRemoved() throws Exception {
        Diagram diagram = new Diagram(
                HOSTILE,
                HOSTILE,
                List.of(new Lane("a", HOSTILE)),
                List.of(
                        new Node("n\"><script>", HOSTILE, Shape.TASK, "a", HOSTILE, null),
                        new Node("m", "Next", Shape.END, "a", null, null)),
                List.of(new Edge("n\"><script>", "m", HOSTILE, EdgeStyle.HANDOFF)));
        String svg = renderer.render(layout.layout(diagram));

        assertFalse(svg.contains("<script"), "no markup from the model");
        for (char invisible : new char[] {'\u202E', '\u202C', '\u2066', '\u2069', '\u0007'}) {
            assertTrue(svg.indexOf(invisible) < 0, () -> "contains U+" + Integer.toHexString(invisible));
        }
        Document document = parse(svg);
        Element title = (Element) document.getDocumentElement()
                .getElementsByTagNameNS(SVG_NS, "title")
                .item(0);
        assertEquals(
                "<script>alert(1)</script> \"quoted\" 'single' & gnp.exe isolate bell lone", title.getTextContent());
        for (Element element : elements(document, "*")) {
            String id = element.getAttribute("id");
            assertTrue(id.isEmpty() || id.matches("[A-Za-z0-9_-]+"), () -> "unsafe id " + id);
        }
    }

    @Test
    void idsAndStyleRulesArePrefixedWithTheDiagramId() throws Exception {
        String svg = renderer.render(layout.layout(SampleDiagrams.orderProcess()));
        Document document = parse(svg);
        for (Element element : elements(document, "*")) {
            String id = element.getAttribute("id");
            assertTrue(id.isEmpty() || id.startsWith("wfa-order-process"), () -> "unprefixed id " + id);
        }
        String css = elements(document, "style").get(0).getTextContent();
        for (String rule : css.strip().split("\n")) {
            for (String selector : rule.substring(0, rule.indexOf('{')).split(",")) {
                assertTrue(selector.startsWith("#wfa-order-process "), () -> "unscoped rule " + rule);
            }
        }
        Matcher classes = Pattern.compile("class=\"([^\"]*)\"").matcher(svg);
        while (classes.find()) {
            for (String name : classes.group(1).split(" ")) {
                assertTrue(name.startsWith("wfa-"), () -> "unprefixed class " + name);
            }
        }
    }

    @Test
    void distinctDiagramIdsGiveDistinctPrefixes() {
        assertFalse(SvgText.idFragment("a b").equals(SvgText.idFragment("a_b")));
        assertEquals("order-process", SvgText.idFragment("order-process"));
    }

    @Test
    void safeLinksWrapTheNodeAndScriptLinksAreDropped() throws Exception {
        Diagram diagram = new Diagram(
                "links",
                "Links",
                List.of(new Lane("a", "A")),
                List.of(
                        new Node("good", "Good", Shape.WORKFLOW, "a", null, "../workflows/billing.html?x=1&y=2"),
                        new Node("bad", "Bad", Shape.TASK, "a", null, " java\tscript:alert(1)"),
                        new Node("data", "Data", Shape.TASK, "a", null, "DATA:text/html,<b>")),
                List.of());
        String svg = renderer.render(layout.layout(diagram));
        List<Element> links = elements(parse(svg), "a");
        assertEquals(1, links.size());
        assertEquals("../workflows/billing.html?x=1&y=2", links.get(0).getAttribute("href"));
        assertEquals(
                "wfa-links-node-good",
                ((Element) links.get(0).getElementsByTagNameNS(SVG_NS, "g").item(0)).getAttribute("id"));
        assertNull(SvgText.safeHref("javascript:alert(1)"));
        assertNotNull(SvgText.safeHref("https://example.org/wfa"));
    }

    @Test
    void everyShapeIsDrawnWithItsOwnClassAndOutline() throws Exception {
        Document document = parse(renderer.render(layout.layout(SampleDiagrams.everyShape())));
        for (Shape shape : Shape.values()) {
            Element group = nodeGroup(document, "wfa-" + SvgShapes.cssName(shape));
            assertNotNull(group, shape::name);
        }
        assertEquals(
                1,
                nodeGroup(document, "wfa-start")
                        .getElementsByTagNameNS(SVG_NS, "circle")
                        .getLength());
        assertEquals(
                2,
                nodeGroup(document, "wfa-end")
                        .getElementsByTagNameNS(SVG_NS, "circle")
                        .getLength());
        assertEquals(4, points(nodeGroup(document, "wfa-decision")));
        assertEquals(6, points(nodeGroup(document, "wfa-approval")));
        assertTrue(nodeGroup(document, "wfa-ai-task").getTextContent().contains("AI"));
        assertEquals(
                1,
                nodeGroup(document, "wfa-wait")
                        .getElementsByTagNameNS(SVG_NS, "path")
                        .getLength());
        assertEquals(
                2,
                nodeGroup(document, "wfa-system")
                        .getElementsByTagNameNS(SVG_NS, "path")
                        .getLength());
    }

    @Test
    void longLabelIsShortenedWithTheFullTextAndTooltipOnHover() throws Exception {
        String label = "Reconcile the quarterly statements of every subsidiary against the consolidated ledger"
                + " before the auditors arrive on site";
        Diagram diagram = new Diagram(
                "long",
                "Long",
                List.of(new Lane("a", "A")),
                List.of(new Node("n", label, Shape.TASK, "a", "Owned by the controller", null)),
                List.of());
        Element group = nodeGroup(parse(renderer.render(layout.layout(diagram))), "wfa-task");
        Element title = (Element) group.getElementsByTagNameNS(SVG_NS, "title").item(0);
        assertEquals(label + "\nOwned by the controller", title.getTextContent());
        NodeList lines = group.getElementsByTagNameNS(SVG_NS, "tspan");
        assertEquals(3, lines.getLength());
        assertTrue(lines.item(2).getTextContent().endsWith("\u2026"));
    }

    @Test
    void edgesGetArrowheadsAndClassesPerStyle() throws Exception {
        Document document = parse(renderer.render(layout.layout(SampleDiagrams.orderProcess())));
        List<String> markerIds = elements(document, "marker").stream()
                .map(m -> m.getAttribute("id"))
                .toList();
        for (EdgeStyle style : EdgeStyle.values()) {
            String name = style.name().toLowerCase(Locale.ROOT);
            assertTrue(markerIds.contains("wfa-order-process-arrow-" + name));
        }
        long handoffs = elements(document, "g").stream()
                .filter(g -> g.getAttribute("class").equals("wfa-edge wfa-handoff"))
                .count();
        assertEquals(
                SampleDiagrams.orderProcess().edges().stream()
                        .filter(e -> e.style() == EdgeStyle.HANDOFF)
                        .count(),
                handoffs);
    }

    @Test
    void outputIsByteIdenticalWhateverTheDefaultLocale() {
        Diagram diagram = SampleDiagrams.longWorkflow(50, 6);
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            String plain = renderer.render(layout.layout(diagram));
            Locale.setDefault(Locale.GERMANY);
            String german = renderer.render(layout.layout(diagram));
            Locale.setDefault(new Locale("ar", "EG"));
            String arabic = renderer.render(layout.layout(diagram));
            assertEquals(plain, german);
            assertEquals(plain, arabic);
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void numbersHaveAtMostOneDecimalAndNoNegativeZero() {
        assertEquals("12", SvgText.num(12.0));
        assertEquals("12.5", SvgText.num(12.46));
        assertEquals("0", SvgText.num(-0.01));
        assertEquals("-3.2", SvgText.num(-3.2));
    }

    private static Element nodeGroup(Document document, String shapeClass) {
        return elements(document, "g").stream()
                .filter(g -> g.getAttribute("class").equals("wfa-node " + shapeClass))
                .findFirst()
                .orElse(null);
    }

    private static int points(Element group) {
        Element polygon =
                (Element) group.getElementsByTagNameNS(SVG_NS, "polygon").item(0);
        return polygon.getAttribute("points").split(" ").length;
    }

    private static List<Element> elements(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(SVG_NS, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Parses strictly: namespaces on, no DTD, no external entities. */
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
