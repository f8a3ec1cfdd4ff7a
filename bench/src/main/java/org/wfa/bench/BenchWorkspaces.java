package org.wfa.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The benchmark's workspace sizes, named by their number of stages (every step of a workflow:
 * stages, decisions, approvals, forks, joins, calls, the end). Every size is made of workflows of
 * {@value #STEPS_PER_FILE} steps, so that sizes differ only in the number of files and the time
 * per stage can be compared across sizes: 1,000 stages are 20 files, 10,000 are 200, 100,000 are
 * 2,000 (plus the shared organisation model). The JMH benchmarks and the whole-process scripts
 * use the same mapping and seed, so every tool measures the same workflows.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.wfa.bench.BenchWorkspaces OUT STAGES</pre>
 */
public final class BenchWorkspaces {

    public static final int STEPS_PER_FILE = 50;

    public static final long SEED = 42L;

    private BenchWorkspaces() {}

    /** A workspace size: {@code files} workflow files of {@code stepsPerFile} steps each. */
    public record Size(int stages, int files, int stepsPerFile) {}

    public static Size size(int stages) {
        if (stages <= 0 || stages % STEPS_PER_FILE != 0) {
            throw new IllegalArgumentException(
                    "stages: expected a positive multiple of " + STEPS_PER_FILE + ", got " + stages);
        }
        return new Size(stages, stages / STEPS_PER_FILE, STEPS_PER_FILE);
    }

    /**
     * Writes the seeded workspace of this many stages into {@code out} and returns the number of
     * stages written, which is always {@code stages}: the generator writes exactly the steps asked for.
     */
    public static int write(Path out, int stages) throws IOException {
        Size size = size(stages);
        int written = SyntheticWorkspace.write(out, size.files(), size.stepsPerFile(), SEED);
        if (written != stages) {
            // Throughput is reported per stage: a different count would make every figure wrong.
            throw new IllegalStateException("the synthetic workspace has " + written + " stages, expected " + stages);
        }
        return written;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BenchWorkspaces OUT STAGES");
            System.exit(2);
        }
        int stages;
        try {
            stages = write(Path.of(args[0]), Integer.parseInt(args[1]));
        } catch (IllegalArgumentException e) {
            System.err.println("BenchWorkspaces: " + e.getMessage());
            System.exit(2);
            return;
        }
        Size size = size(stages);
        System.err.println("wrote " + size.files() + " workflow files of " + size.stepsPerFile() + " steps (" + stages
                + " stages) to " + args[0]);
    }
}
