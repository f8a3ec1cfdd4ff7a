package org.wfa.dsl.typing;

import org.wfa.dsl.wfa.EnumType;
import org.wfa.dsl.wfa.PrimitiveKind;

/**
 * The type of a condition expression. {@code UNKNOWN} stands for an expression whose type
 * cannot be computed (an unresolved name): it is compatible with everything, so that one
 * mistake yields one error.
 */
public record WfaType(Kind kind, EnumType enumeration) {

    public enum Kind {
        TEXT("text"),
        NUMBER("number"),
        BOOLEAN("boolean"),
        DATE("date"),
        DURATION("duration"),
        ENUM("enumeration"),
        UNKNOWN("unknown");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final WfaType TEXT = new WfaType(Kind.TEXT, null);
    public static final WfaType NUMBER = new WfaType(Kind.NUMBER, null);
    public static final WfaType BOOLEAN = new WfaType(Kind.BOOLEAN, null);
    public static final WfaType DATE = new WfaType(Kind.DATE, null);
    public static final WfaType DURATION = new WfaType(Kind.DURATION, null);
    public static final WfaType UNKNOWN = new WfaType(Kind.UNKNOWN, null);

    public static WfaType of(PrimitiveKind kind) {
        return switch (kind) {
            case TEXT -> TEXT;
            case NUMBER -> NUMBER;
            case BOOLEAN -> BOOLEAN;
            case DATE -> DATE;
            case DURATION -> DURATION;
        };
    }

    public static WfaType enumeration(EnumType type) {
        return new WfaType(Kind.ENUM, type);
    }

    public boolean isKnown() {
        return kind != Kind.UNKNOWN;
    }

    /** Whether '<', '<=', '>' and '>=' apply. */
    public boolean isOrdered() {
        return kind == Kind.NUMBER || kind == Kind.DATE || kind == Kind.DURATION || kind == Kind.UNKNOWN;
    }

    public boolean isCompatibleWith(WfaType other) {
        if (!isKnown() || !other.isKnown()) {
            return true;
        }
        return kind == other.kind && (kind != Kind.ENUM || enumeration == other.enumeration);
    }
}
