package org.wfa.bench.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the stages processed, which JMH reports as the secondary metric {@code stages} in
 * stages per second. The size is a parameter, so it cannot be a constant
 * {@code @OperationsPerInvocation}; a counter gives the exact rate whatever the size.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class StageCounter {

    public long stages;

    /** JMH does not reset counters between iterations. */
    @Setup(Level.Iteration)
    public void reset() {
        stages = 0;
    }
}
