package org.wfa.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.junit.jupiter.api.Test;
import org.wfa.dsl.tests.support.WfaRuleFixture;

/** Semantic tokens tell keywords from names, and one kind of name from another. */
class WfaSemanticTokensTest extends WfaLanguageServerTest {

    /** Decodes the protocol's relative encoding into "line:column text=type" entries. */
    private static List<String> decode(SemanticTokens tokens, List<String> legend, String text) {
        String[] lines = text.split("\n", -1);
        List<String> decoded = new ArrayList<>();
        List<Integer> data = tokens.getData();
        int line = 0;
        int column = 0;
        for (int i = 0; i < data.size(); i += 5) {
            int deltaLine = data.get(i);
            line += deltaLine;
            column = deltaLine == 0 ? column + data.get(i + 1) : data.get(i + 1);
            String token = lines[line].substring(column, column + data.get(i + 2));
            decoded.add(token + "=" + legend.get(data.get(i + 3)));
        }
        return decoded;
    }

    @Test
    void keywordsRolesStepsArtifactsAndDeclarationsGetDistinctTokenTypes() throws Exception {
        InitializeResult init = initialize();
        List<String> legend =
                init.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
        openOrganisation();
        String uri = openFile("hiring.wfa", WfaRuleFixture.HIRING);

        SemanticTokens tokens = languageServer
                .semanticTokensFull(new SemanticTokensParams(document(uri)))
                .get();
        List<String> decoded = decode(tokens, legend, WfaRuleFixture.HIRING);

        assertTrue(
                decoded.containsAll(List.of(
                        "workflow=keyword",
                        "stage=keyword",
                        "accountable=keyword",
                        "HR.Head=class",
                        "Draft=function",
                        "Approve=function",
                        "Contract=struct",
                        "Done=function")),
                decoded::toString);
    }

    @Test
    void caseDataAndEnumerationValuesInConditionsArePropertiesAndEnumMembers() throws Exception {
        String model = """
                workflow W {
                    data {
                        kind: enum { annual, sick }
                    }
                    start -> Check
                    decision Check {
                        when kind = sick -> Done
                        otherwise -> Done
                    }
                    end Done
                }
                """;
        InitializeResult init = initialize();
        List<String> legend =
                init.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
        String uri = openFile("w.wfa", model);

        List<String> decoded = decode(
                languageServer
                        .semanticTokensFull(new SemanticTokensParams(document(uri)))
                        .get(),
                legend,
                model);

        assertTrue(
                decoded.containsAll(List.of("kind=property", "sick=enumMember", "W=namespace", "when=keyword")),
                decoded::toString);
    }
}
