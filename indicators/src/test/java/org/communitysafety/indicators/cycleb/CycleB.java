package org.communitysafety.indicators.cycleb;

/** With {@code cyclea.CycleA}, a cycle between two packages, for {@code ArchitectureTest}. Not a test. */
@SuppressWarnings("unused")
public final class CycleB {
    Class<?> other = org.communitysafety.indicators.cyclea.CycleA.class;
}
