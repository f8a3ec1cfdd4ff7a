package org.wfa.engine.flowable;

import org.wfa.engine.paths.Engine;
import org.wfa.engine.paths.SoundnessOnEngineTest;

/** Replays every problem the soundness checker reports on Flowable 8 (the engine as oracle). */
class SoundnessOnFlowableTest extends SoundnessOnEngineTest {

    @Override
    protected Engine createEngine() {
        return new FlowableEngine("wfa-soundness");
    }
}
