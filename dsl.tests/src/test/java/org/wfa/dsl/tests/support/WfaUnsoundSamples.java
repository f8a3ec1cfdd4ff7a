package org.wfa.dsl.tests.support;

/** Unsound workflows shared by the tests of the outputs that show a soundness finding's counterexample. */
public final class WfaUnsoundSamples {

    /**
     * docs/semantics.md: an arrow from one branch of a fork into the other reaches 'B' twice at
     * once (WFA112, with a counterexample); uses the organisation of acme.org (HR, IT).
     */
    public static final String ACROSS_BRANCHES = """
            package acme.hr

            import acme.org.*

            workflow Hiring "Hiring" {
                owner HR.Head
                start -> Split

                fork Split {
                    -> A
                    -> B
                }

                stage A "Send the offer" {
                    responsible HR.Recruiter
                    accountable HR.Head
                    -> B
                }

                stage B "Order equipment" {
                    responsible IT.Admin
                    accountable HR.Head
                    -> Both
                }

                join Both {
                    -> Done
                }

                end Done "Hired"
            }
            """;

    private WfaUnsoundSamples() {}
}
