package org.wfa.dsl.ide.contentassist;

import java.util.Map;

/**
 * Skeletons of the usual WFA building blocks, as LSP snippets ({@code ${n:default}} placeholders).
 * Each expands, with its defaults, to valid WFA laid out as {@code wfa fmt} lays it out; a test
 * checks that. Keyed by the keyword that starts the block.
 */
public final class WfaSnippets {

    /** Keyword → (label, template). */
    static final Map<String, String[]> BY_KEYWORD = Map.of(
            "stage", new String[] {"stage skeleton", """
                    stage ${1:name} "${2:Title}" {
                        responsible ${3:Team.Role}
                        accountable ${4:Team.Role}
                        -> ${5:next}
                    }"""},
            "decision", new String[] {"decision skeleton", """
                    decision ${1:name} "${2:Question}" {
                        decided by ${3:Team.Role}
                        when ${4:true} -> ${5:step}
                        otherwise -> ${6:step}
                    }"""},
            "approval", new String[] {"approval skeleton", """
                    approval ${1:name} "${2:Title}" {
                        approver ${3:Team.Role}
                        approves ${4:step}
                        sla ${5:2} days escalate to ${6:Team.Role}
                        approved -> ${7:step}
                        rejected -> ${8:step}
                    }"""},
            "fork", new String[] {"fork/join skeleton", """
                    fork ${1:split} {
                        -> ${2:branchA}
                        -> ${3:branchB}
                    }

                    join ${4:merge} {
                        -> ${5:next}
                    }"""},
            "workflow", new String[] {"workflow skeleton", """
                    workflow ${1:Name} "${2:Title}" {
                        owner ${3:Team.Role}
                        start -> ${4:firstStep}

                        stage ${4:firstStep} "${5:Title}" {
                            responsible ${6:Team.Role}
                            accountable ${3:Team.Role}
                            -> done
                        }

                        end done
                    }"""});

    private WfaSnippets() {}

    /** The snippet of a keyword, or null: label and template. */
    public static String[] forKeyword(String keyword) {
        return BY_KEYWORD.get(keyword);
    }

    public static Map<String, String[]> all() {
        return BY_KEYWORD;
    }
}
