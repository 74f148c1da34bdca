package org.communitysafety.indicators.cyclea;

/** With {@code cycleb.CycleB}, a cycle between two packages, for {@code ArchitectureTest}. Not a test. */
@SuppressWarnings("unused")
public final class CycleA {
    Class<?> other = org.communitysafety.indicators.cycleb.CycleB.class;
}
