package org.wfa.cli;

import java.util.Arrays;
import java.util.Iterator;

import org.wfa.dsl.compiler.WfaFailOn;
import org.wfa.dsl.workspace.Compilation;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --fail-on}: the least severe finding that makes {@code check} and {@code build} exit with status 1. */
final class FailOnOption {

    /** The levels by the ids users write, for the help text. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(WfaFailOn.values()).map(WfaFailOn::id).iterator();
        }
    }

    static final class Parse implements ITypeConverter<WfaFailOn> {
        @Override
        public WfaFailOn convert(String value) {
            WfaFailOn level = WfaFailOn.byId(value);
            if (level == null) {
                throw new TypeConversionException("expected one of " + WfaFailOn.ids() + " but was '" + value + "'");
            }
            return level;
        }
    }

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            defaultValue = "error",
            converter = Parse.class,
            completionCandidates = Ids.class,
            description = "Exit with status 1 when a finding of this severity or a worse one exists:"
                    + " ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). Accepted findings never count.")
    private WfaFailOn level = WfaFailOn.ERROR;

    boolean fails(Compilation compilation) {
        return level.fails(compilation);
    }

    WfaFailOn level() {
        return level;
    }
}
