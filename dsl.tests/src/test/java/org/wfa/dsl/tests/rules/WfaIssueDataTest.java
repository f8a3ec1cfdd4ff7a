package org.wfa.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.dsl.rules.WfaIssueCodes;
import org.wfa.dsl.rules.WfaIssueData;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.wfa.Model;

import com.google.inject.Inject;

/**
 * The one encoding of what an issue carries into Xtext's issue data: what is written is read
 * back by name, whatever else the data holds.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaIssueDataTest {

    @Inject
    private ParseHelper<Model> parser;

    @Inject
    private ValidationTestHelper validator;

    @Test
    void everythingEncodedIsDecodedAgain() {
        WfaIssueData data = new WfaIssueData(
                List.of("Approve", "rejected"),
                List.of("HR.Head", "HR.Lead"),
                new WfaIssueData.Acceptance(Severity.WARNING, "the regulator: accepts it"),
                true);
        assertEquals(data, WfaIssueData.decode(data.encode()));
    }

    @Test
    void eachDatumNamesWhatItIs() {
        assertArrayEquals(
                new String[] {"subject:Approve", "accepted:ERROR", "reason:a pilot"},
                WfaIssueData.about("Approve")
                        .accepted(Severity.ERROR, "a pilot")
                        .encode());
        assertArrayEquals(
                new String[] {"suggestion:HR.Head"},
                WfaIssueData.suggesting(List.of("HR.Head")).encode());
        assertArrayEquals(new String[] {"refused"}, WfaIssueData.REFUSED_DOCUMENT.encode());
    }

    @Test
    void relatedLocationsAreEncodedInOrderAndReadBackWithCommasInTheirMessages() {
        WfaIssueData data = WfaIssueData.about("Hiring", "Both")
                .relatedTo(List.of(
                        new WfaIssueData.Related(10, 5, 10, 20, "1. the case starts"),
                        new WfaIssueData.Related(12, 14, 12, 20, "2. 'Triage' chooses when a, b")));

        assertArrayEquals(
                new String[] {
                    "subject:Hiring",
                    "subject:Both",
                    "related:10,5,10,20,1. the case starts",
                    "related:12,14,12,20,2. 'Triage' chooses when a, b"
                },
                data.encode());
        assertEquals(data, WfaIssueData.decode(data.encode()));
        assertEquals(
                data.related(),
                WfaIssueData.decode(data.encode()).accepted(Severity.INFO, "x").related());
    }

    @Test
    void aMalformedRelatedLocationIsSkipped() {
        assertEquals(
                List.of(new WfaIssueData.Related(1, 2, 1, 4, "ok")),
                WfaIssueData.decode(new String[] {"related:1,2,1,4,ok", "related:x,2,1,4,no", "related:1,2"})
                        .related());
    }

    @Test
    void readersDependOnNamesNotPositionsAndSkipWhatTheyDoNotKnow() {
        WfaIssueData data = WfaIssueData.decode(
                new String[] {"reason:small team", "something else", null, "suggestion:Done", "accepted:INFO"});
        assertEquals(
                new WfaIssueData(
                        List.of(), List.of("Done"), new WfaIssueData.Acceptance(Severity.INFO, "small team"), false),
                data);
        assertEquals(WfaIssueData.NONE, WfaIssueData.decode(null));
        assertEquals(WfaIssueData.NONE, WfaIssueData.decode(new String[] {"an Xtext datum"}));
    }

    @Test
    void anAcceptedFindingCarriesItsConfiguredSeverityAndTheReason() throws Exception {
        Issue accepted = ownerMissing("""
                package acme.hr

                @allow(workflow-without-owner, "a pilot: the owner is chosen after it")
                workflow Hiring "Hiring" {
                    start -> Done
                    end Done
                }
                """);
        WfaIssueData data = WfaIssueData.decode(accepted.getData());

        assertEquals(Severity.INFO, accepted.getSeverity());
        assertEquals(
                new WfaIssueData.Acceptance(Severity.WARNING, "a pilot: the owner is chosen after it"),
                data.acceptance());
        assertEquals(List.of("Hiring"), data.subjects());
        assertEquals(
                "Accepted (a pilot: the owner is chosen after it): "
                        + ownerMissing(WITHOUT_OWNER).getMessage(),
                accepted.getMessage());
    }

    @Test
    void aFindingNotAcceptedCarriesItsSubjectsOnly() throws Exception {
        Issue issue = ownerMissing(WITHOUT_OWNER);

        assertEquals(Severity.WARNING, issue.getSeverity());
        assertEquals(WfaIssueData.about("Hiring"), WfaIssueData.decode(issue.getData()));
    }

    @Test
    void theFindingsOwnMessageIsTheAcceptedMessageWithoutTheAcceptance() {
        WfaIssueData.Acceptance acceptance = new WfaIssueData.Acceptance(Severity.ERROR, "small team");
        assertEquals(
                "Workflow 'Hiring' has no owner.",
                WfaIssueData.findingMessage("small team", acceptance.message("Workflow 'Hiring' has no owner.")));
        assertEquals(
                "Accepted (other): finding", WfaIssueData.findingMessage("small team", "Accepted (other): finding"));
    }

    private static final String WITHOUT_OWNER = """
            package acme.hr

            workflow Hiring "Hiring" {
                start -> Done
                end Done
            }
            """;

    private Issue ownerMissing(String text) throws Exception {
        return validator.validate(parser.parse(text)).stream()
                .filter(i -> WfaIssueCodes.WORKFLOW_WITHOUT_OWNER.equals(i.getCode()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + WfaIssueCodes.WORKFLOW_WITHOUT_OWNER));
    }
}
