package org.wfa.dsl.ide.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.ExecutorServiceProvider;
import org.wfa.dsl.parser.WfaDeepStack;

/** The server's read requests (hover, symbols, formatting) walk models as deep as the builds: deep stacks too. */
public class WfaExecutorServiceProvider extends ExecutorServiceProvider {

    @Override
    protected ExecutorService createInstance(String key) {
        return Executors.newCachedThreadPool(WfaDeepStack.threads("wfa-lsp-read"));
    }
}
