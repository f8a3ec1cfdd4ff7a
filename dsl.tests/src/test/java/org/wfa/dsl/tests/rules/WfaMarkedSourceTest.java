package org.wfa.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wfa.dsl.tests.support.WfaMarkedSource;
import org.wfa.dsl.tests.support.WfaMarkedSource.Position;

class WfaMarkedSourceTest {

    @Test
    void compilesTheTextWithoutItsMarkers() {
        WfaMarkedSource source = WfaMarkedSource.of("""
                workflow «»W {
                    owner «»HR.Head
                }
                """);
        assertEquals("workflow W {\n    owner HR.Head\n}\n", source.text());
    }

    @Test
    void locatesEachMarkerAtTheCharacterAfterIt() {
        WfaMarkedSource source = WfaMarkedSource.of("""
                «»workflow W {
                    owner «»HR.Head
                }
                """);
        assertEquals(List.of(new Position(1, 1), new Position(2, 11)), source.markers());
    }

    @Test
    void rendersTheExpectedFindingAtTheMarker() {
        WfaMarkedSource source = WfaMarkedSource.named("x.wfa", """
                package acme

                workflow «»W
                """);
        assertEquals("x.wfa:3:10: warning: message [WFA000]", source.at("warning: message [WFA000]"));
    }

    @Test
    void rendersEachFindingAtItsMarkerInOrder() {
        WfaMarkedSource source = WfaMarkedSource.named("x.wfa", """
                workflow «»W {
                    owner «»HR.Head
                }
                """);
        assertEquals(
                "x.wfa:1:10: error: first [WFA000]\nx.wfa:2:11: warning: second [WFA000]",
                source.atEach("error: first [WFA000]", "warning: second [WFA000]"));
    }

    @Test
    void rejectsFindingsThatDoNotMatchTheMarkers() {
        assertThrows(
                IllegalStateException.class,
                () -> WfaMarkedSource.of("workflow «»W").atEach("error: x [WFA000]", "error: y [WFA000]"));
    }

    @Test
    void rejectsAMistypedMarker() {
        assertThrows(IllegalArgumentException.class, () -> WfaMarkedSource.of("workflow «W"));
    }

    @Test
    void rejectsAFindingWithoutItsMarker() {
        assertThrows(
                IllegalStateException.class,
                () -> WfaMarkedSource.of("workflow W").at("error: x [WFA000]"));
    }
}
