package org.wfa.dsl.generator.docs;

/** An open finding of the validator, as the handbook lists it. */
public record FindingDoc(String severity, String code, String rule, String message, int line, int column) {}
