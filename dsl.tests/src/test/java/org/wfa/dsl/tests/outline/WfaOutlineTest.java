package org.wfa.dsl.tests.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wfa.cli.outline.WfaOutliner;
import org.wfa.dsl.tests.WfaInjectorProvider;
import org.wfa.dsl.workspace.SourceFile;

import com.google.inject.Inject;

/**
 * The outline of a .wfa file: every construct as one fact per line, in a fixed order, the same
 * for every layout of the same design.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(WfaInjectorProvider.class)
class WfaOutlineTest {

    /** Every construct of the language, with clauses in unusual orders and unusual spellings. */
    private static final String EVERY_CONSTRUCT = """
            package acme.demo

            import acme.systems.*
            import acme.org.*

            team HR "Human Resources" {
                role Recruiter "Recruiter" { description 'Finds people.' }
                description "People matters."
                role Head
            }

            person alice "Alice" {
                holds IT.Admin, HR.Recruiter
                description "Deputy."
                holds HR . Head
            }

            system Workday "Workday HCM" {
                owned by HR
                description "HR records."
            }

            @allow(ai-oversight, "pilot")
            agent Screener "CV screener" {
                uses Workday, Greenhouse
                supervised by HR.Recruiter
                does "rank", "draft"
            }

            artifact Contract "Employment contract" public {
                description "The signed contract."
            }

            artifact Note

            @allow(bus-factor, "small team")
            workflow Hiring "Hiring" {
                sla 10 days escalate to HR.Head
                trigger "A vacancy is approved"
                goal "Hire well"
                owner HR.Head
                version "1.0"
                description "From vacancy to signed contract."
                receives Vacancy, Budget
                data {
                    salary: number "Offered salary"
                    level: enum { JUNIOR, SENIOR }
                    remote: boolean
                    start: date
                    waited: duration
                    notes: text
                }
                depends on workflow acme.it.AccessProvisioning "Accounts"
                depends on agent Screener
                depends on team IT
                depends on system Workday "Records"
                artifact Shortlist "Shortlist" restricted
                start opened "Vacancy opened" -> screen

                stage screen "Screen candidates" {
                    -> route
                    sla 2 days escalate to HR.Head on breach -> interview
                    sla 1 day
                    duration 1 days
                    uses Workday
                    produces Shortlist, Contract
                    consumes Vacancy
                    reviewed by HR.Recruiter
                    informed HR.Head
                    consulted IT.Admin
                    accountable HR.Head
                    responsible Screener, HR.Recruiter
                    notify HR.Recruiter of Shortlist via email
                    notify HR.Head about "Shortlist ready"
                }

                decision route "Route" {
                    otherwise -> interview
                    decided by HR.Head
                    when (salary > 100000.00 and level = SENIOR) or not remote -> approve "expensive"
                    when level in [SENIOR, JUNIOR] and not (salary <= 5) -> interview
                }

                decision policy {
                    rules on salary, level, remote {
                        > 1, = SENIOR, - -> approve "senior"
                        -, in [JUNIOR], true -> interview
                    }
                    otherwise -> interview
                }

                @allow(four-eyes, "accepted")
                approval approve "Approve offer" {
                    rejected -> closed
                    approved -> parallel
                    notify HR.Recruiter, HR.Head
                    sla 1 week
                    informed HR.Recruiter
                    approves screen
                    approver HR.Head, IT.Admin
                }

                call interview "Interview" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    workflow acme.hr.Interviewing
                    -> parallel
                }

                fork parallel {
                    -> prepare
                    -> onboard
                    description "Both at once."
                }

                wait prepare "Contract signed" {
                    for event "Signature received"
                    timeout 5 days -> ready
                    -> ready
                }

                wait onboard {
                    -> ready
                    for workflow acme.hr.Onboarding
                }

                join ready {
                    -> closed
                }

                end closed "Closed" {
                    notify HR.Head about "Done" via chat
                    description "The vacancy is closed."
                }
            }
            """;

    private static final String EVERY_CONSTRUCT_OUTLINE = """
            package acme.demo
            import acme.org.*
            import acme.systems.*
            team acme.demo.HR "Human Resources"
              description "People matters."
              role Recruiter "Recruiter"
                description "Finds people."
              role Head
            person acme.demo.alice "Alice"
              description "Deputy."
              holds HR.Head
              holds HR.Recruiter
              holds IT.Admin
            system acme.demo.Workday "Workday HCM"
              description "HR records."
              owned by HR
            agent acme.demo.Screener "CV screener"
              @allow ai-oversight "pilot"
              does "draft"
              does "rank"
              supervised by HR.Recruiter
              uses Greenhouse
              uses Workday
            artifact acme.demo.Contract "Employment contract" public
              description "The signed contract."
            artifact acme.demo.Note
            workflow acme.demo.Hiring "Hiring"
              @allow bus-factor "small team"
              description "From vacancy to signed contract."
              version "1.0"
              owner HR.Head
              goal "Hire well"
              trigger "A vacancy is approved"
              receives Budget
              receives Vacancy
              sla 10 days escalate to HR.Head
              data
                salary: number "Offered salary"
                level: enum { JUNIOR, SENIOR }
                remote: boolean
                start: date
                waited: duration
                notes: text
              depends on agent Screener
              depends on system Workday "Records"
              depends on team IT
              depends on workflow acme.it.AccessProvisioning "Accounts"
              artifact Shortlist "Shortlist" restricted
              start opened "Vacancy opened" -> screen
              stage screen "Screen candidates"
                responsible HR.Recruiter
                responsible Screener
                accountable HR.Head
                consulted IT.Admin
                informed HR.Head
                reviewed by HR.Recruiter
                consumes Vacancy
                produces Contract
                produces Shortlist
                uses Workday
                duration 1 day
                sla 2 days escalate to HR.Head on breach -> interview
                sla 1 day
                notify HR.Head about "Shortlist ready"
                notify HR.Recruiter of Shortlist via email
                -> route
              decision route "Route"
                decided by HR.Head
                when (salary > 100000 and level = SENIOR) or not remote -> approve "expensive"
                when level in [JUNIOR, SENIOR] and not (salary <= 5) -> interview
                otherwise -> interview
              decision policy
                rules first on salary, level, remote
                  > 1, SENIOR, - -> approve "senior"
                  -, in [JUNIOR], true -> interview
                otherwise -> interview
              approval approve "Approve offer"
                @allow four-eyes "accepted"
                approver HR.Head
                approver IT.Admin
                approves screen
                informed HR.Recruiter
                sla 1 week
                notify HR.Head, HR.Recruiter
                approved -> parallel
                rejected -> closed
              call interview "Interview"
                workflow acme.hr.Interviewing
                responsible HR.Recruiter
                accountable HR.Head
                -> parallel
              fork parallel
                description "Both at once."
                -> prepare
                -> onboard
              wait prepare "Contract signed"
                for event "Signature received"
                timeout 5 days -> ready
                -> ready
              wait onboard
                for workflow acme.hr.Onboarding
                -> ready
              join ready
                -> closed
              end closed "Closed"
                description "The vacancy is closed."
                notify HR.Head about "Done" via chat
            """;

    @Inject
    private WfaOutliner outliner;

    private String outline(String text) {
        return outliner.outline(new SourceFile(Path.of("/outline/test.wfa"), "test.wfa", text))
                .render();
    }

    @Test
    void outlinesEveryConstructOneFactPerLineInAFixedOrder() {
        assertEquals(EVERY_CONSTRUCT_OUTLINE, outline(EVERY_CONSTRUCT));
    }

    @Test
    void ignoresWhitespaceCommentsAndClauseOrder() {
        String compact = """
                package acme.demo
                // a comment
                workflow W { owner HR.Head start -> s
                  stage s { -> e accountable HR.Head /* why */ responsible HR.Recruiter, Bot } end e }
                """;
        String spread = """
                package   acme.demo

                /* another comment */
                workflow W {
                    owner HR . Head
                    start -> s

                    stage s {
                        responsible Bot
                        responsible HR.Recruiter
                        accountable HR.Head
                        -> e
                    }

                    end e
                }
                """;
        assertEquals(outline(compact), outline(spread));
    }

    @Test
    void normalisesSpellingsThatMeanTheSame() {
        String one = """
                workflow W { data { a: number b: duration } start -> d
                  decision d { when a = 1.50 or a > 2 or b < 1 days -> e rules on a { = 1 -> e } otherwise -> e }
                  end e { notify X about 'hi' } }
                """;
        String other = """
                workflow W { data { a: number b: duration } start -> d
                  decision d { when (a = 1.5 or (a > 2)) or b < 1 day -> e rules first on a { 1 -> e } otherwise -> e }
                  end e { notify X about "hi" } }
                """;
        assertEquals(outline(one), outline(other));
        assertTrue(outline(one).contains("    when a = 1.5 or a > 2 or b < 1 day -> e\n"), outline(one));
    }

    @Test
    void keepsTheOrderOfWhenLinesAndSteps() {
        String first = "workflow W { start -> a end a end b }";
        String swapped = "workflow W { start -> a end b end a }";
        assertNotEquals(outline(first), outline(swapped));
        String whens =
                "workflow W { data { x: number } start -> d decision d { when x > 1 -> a when x > 2 -> b } end a end b }";
        String whensSwapped =
                "workflow W { data { x: number } start -> d decision d { when x > 2 -> b when x > 1 -> a } end a end b }";
        assertNotEquals(outline(whens), outline(whensSwapped));
    }

    @Test
    void escapesTextSoThatEachFactStaysOnOneLine() {
        assertEquals(
                "team T \"two\\nlines \\\"quoted\\\" \\\\ end\"\n",
                outline("team T \"two\nlines \\\"quoted\\\" \\\\ end\""));
    }

    @Test
    void outlinesWhatParsedAndListsTheSyntaxErrors() {
        String text = """
                workflow W {
                    owner HR.Head
                    stage s {
                        responsible HR.Recruiter
                        accountabel HR.Head
                    }
                }
                """;
        String outline = outline(text);
        assertTrue(
                outline.startsWith("workflow W\n  owner HR.Head\n  stage s\n    responsible HR.Recruiter\n"), outline);
        assertTrue(outline.contains("! syntax error at 5:9: Unknown word 'accountabel'"), outline);
        assertTrue(outline.endsWith("\n"), outline);
    }

    @Test
    void reportsAnUnterminatedFileWhereItEnds() {
        String outline = outline("team T {");
        assertTrue(outline.startsWith("team T\n! syntax error at 1:8: Unexpected end of file"), outline);
        assertEquals(2, outline.lines().count(), outline);
    }

    @Test
    void outlinesAnEmptyFileAsNothing() {
        assertEquals("", outline(""));
        assertEquals("", outline("// only a comment\n"));
    }

    @Test
    void survivesDeepNesting() {
        String deep = "workflow W { data { x: boolean } start -> d decision d { when " + "not ".repeat(20000)
                + "x -> e otherwise -> e } end e }";
        String outline = outline(deep);
        assertTrue(outline.contains("    when not not not"), outline.substring(0, Math.min(200, outline.length())));
    }
}
