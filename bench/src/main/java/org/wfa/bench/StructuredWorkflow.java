package org.wfa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one structured workflow of a given shape, for the scaling of the soundness checker:
 * {@code blocks} blocks in sequence, each a tree of forks {@code depth} deep with {@code width}
 * branches per fork and {@code steps} stages on each innermost branch. Depth 0 is a sequence of
 * stages, depth 1 a fork of {@code width} branches and its join, depth 2 forks within the
 * branches of a fork. Every shape is sound and the same arguments give the same file: there is
 * no randomness, so that the number of reachable markings is a function of the shape (a fork of
 * w branches of k stages has about (k+1)^w of them).
 *
 * <pre>java -cp bench/target/benchmarks.jar org.wfa.bench.StructuredWorkflow OUT.wfa BLOCKS DEPTH WIDTH STEPS</pre>
 */
public final class StructuredWorkflow {

    /** The shape: blocks in sequence, each a fork tree of this depth, width and innermost stages. */
    public record Shape(int blocks, int depth, int width, int steps) {

        public Shape {
            if (blocks < 1 || depth < 0 || steps < 1 || (depth > 0 && width < 2)) {
                throw new IllegalArgumentException("expected blocks >= 1, depth >= 0, steps >= 1 and, with forks,"
                        + " width >= 2; got " + blocks + ", " + depth + ", " + width + ", " + steps);
            }
        }

        /** A sequential workflow of this many steps (its stages and the end). */
        public static Shape sequence(int steps) {
            return new Shape(1, 0, 1, steps - 1);
        }

        /** One fork of {@code width} branches of {@code steps} stages each. */
        public static Shape fork(int width, int steps) {
            return new Shape(1, 1, width, steps);
        }

        /** Forks within forks, {@code depth} levels, {@code width} branches each. */
        public static Shape nested(int depth, int width, int steps) {
            return new Shape(1, depth, width, steps);
        }

        /** {@code blocks} forks one after the other. */
        public static Shape chain(int blocks, int width, int steps) {
            return new Shape(blocks, 1, width, steps);
        }
    }

    private final Shape shape;
    private final StringBuilder body = new StringBuilder();
    private int nodes;

    private StructuredWorkflow(Shape shape) {
        this.shape = shape;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: StructuredWorkflow OUT.wfa BLOCKS DEPTH WIDTH STEPS");
            System.exit(2);
        }
        Shape shape = new Shape(
                Integer.parseInt(args[1]),
                Integer.parseInt(args[2]),
                Integer.parseInt(args[3]),
                Integer.parseInt(args[4]));
        Path out = Path.of(args[0]);
        Files.writeString(out, text(shape), StandardCharsets.UTF_8);
        System.err.println("wrote a workflow of " + steps(shape) + " steps to " + out);
    }

    /** The number of steps (stages, forks, joins and the end) of the workflow of this shape. */
    public static int steps(Shape shape) {
        StructuredWorkflow writer = new StructuredWorkflow(shape);
        writer.write();
        return writer.nodes;
    }

    /**
     * The file: a package with one team and role and the workflow, self-contained (a check of a
     * large one warns only that it has more steps than the default {@code max-steps}).
     */
    public static String text(Shape shape) {
        StructuredWorkflow writer = new StructuredWorkflow(shape);
        String first = writer.write();
        return "package bench.shapes\n\nteam T \"Team\" {\n    role R \"Role\"\n}\n\n"
                + "workflow Shape \"Blocks " + shape.blocks() + ", depth " + shape.depth() + ", width "
                + shape.width() + ", steps " + shape.steps() + "\" {\n    start -> " + first + "\n"
                + writer.body + "}\n";
    }

    /** Appends every block, then the end; returns the first step. */
    private String write() {
        String next = "done";
        // Written last block first, so that each block knows the step after it.
        String[] firsts = new String[shape.blocks()];
        for (int b = shape.blocks() - 1; b >= 0; b--) {
            firsts[b] = branch("b" + b, shape.depth(), next);
            next = firsts[b];
        }
        body.append("\n    end done \"Done\"\n");
        nodes++;
        return firsts[0];
    }

    /** Appends a branch of the given depth that goes on to {@code next}; returns its first step. */
    private String branch(String prefix, int depth, String next) {
        if (depth == 0) {
            for (int s = shape.steps() - 1; s >= 0; s--) {
                String name = prefix + "s" + s;
                body.append("\n    stage ")
                        .append(name)
                        .append(" {\n        responsible T.R\n        accountable T.R\n        -> ")
                        .append(next)
                        .append("\n    }\n");
                nodes++;
                next = name;
            }
            return next;
        }
        String fork = prefix + "f";
        String join = prefix + "j";
        body.append("\n    join ")
                .append(join)
                .append(" {\n        -> ")
                .append(next)
                .append("\n    }\n");
        StringBuilder branches = new StringBuilder();
        for (int w = 0; w < shape.width(); w++) {
            branches.append("        -> ")
                    .append(branch(prefix + "w" + w, depth - 1, join))
                    .append('\n');
        }
        body.append("\n    fork ").append(fork).append(" {\n").append(branches).append("    }\n");
        nodes += 2;
        return fork;
    }
}
