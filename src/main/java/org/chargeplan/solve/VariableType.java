package org.chargeplan.solve;

/** The domain of a model variable. */
public enum VariableType {
    /** A real number within its bounds. */
    CONTINUOUS,
    /** A whole number within its bounds. */
    INTEGER,
    /** 0 or 1. */
    BINARY
}
