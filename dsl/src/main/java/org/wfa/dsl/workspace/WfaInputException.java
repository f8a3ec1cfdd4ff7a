package org.wfa.dsl.workspace;

/**
 * Input that cannot be compiled at all: a missing path, an unreadable or non-UTF-8 file; or
 * that a requested target cannot generate (a construct its engine cannot run as the execution
 * semantics says). The message is one line, fit to show to the user as it is.
 */
public class WfaInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public WfaInputException(String message) {
        super(message);
    }

    public WfaInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
