package org.wfa.dsl.naming;

/**
 * A named element as documents show it.
 *
 * @param name  its qualified name: stable, used for links and ids
 * @param label its title, or its name when it has none
 * @param kind  what it is ("role", "person", "system", "agent", "team", "workflow", "artifact", "step")
 */
public record Ref(String name, String label, String kind) {

    public boolean isRole() {
        return "role".equals(kind);
    }
}
