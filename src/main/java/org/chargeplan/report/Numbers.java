package org.chargeplan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of numbers for output files, so that outputs are short, stable and byte-for-byte repeatable. */
final class Numbers {

    /** Decimal places of WGS84 coordinates: 1e-7 degrees is about 1 cm. */
    static final int COORDINATE_DECIMALS = 7;
    /** Decimal places of other values (kW, kWh, currency, shares). */
    static final int VALUE_DECIMALS = 4;

    private Numbers() {
    }

    /** {@code value} rounded half-up to {@code decimals} places, without trailing zeros or "-0". */
    static BigDecimal round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write a non-finite number: " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** Plain text of a rounded value, e.g. for CSV cells. */
    static String text(double value, int decimals) {
        return round(value, decimals).toPlainString();
    }

    static String text(double value) {
        return text(value, VALUE_DECIMALS);
    }
}
