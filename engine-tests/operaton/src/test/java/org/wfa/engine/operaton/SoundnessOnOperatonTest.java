package org.wfa.engine.operaton;

import org.wfa.engine.paths.Engine;
import org.wfa.engine.paths.SoundnessOnEngineTest;

/** Replays every problem the soundness checker reports on Operaton (the engine as oracle). */
class SoundnessOnOperatonTest extends SoundnessOnEngineTest {

    @Override
    protected Engine createEngine() {
        return new OperatonEngine("wfa-soundness");
    }
}
