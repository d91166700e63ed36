package org.chargeplan.demand.profile;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A charger class of session data, derived from the charger's model name by fixed rules (first
 * match wins, case-insensitive):
 * <ol>
 *   <li>"semi-rapid" → {@code fast22}, 22 kW (the Perth &amp; Kinross "Siemens Semi-Rapid" units
 *       never average more than 21.3 kW over a session);</li>
 *   <li>"rapid" → {@code rapid}, 50 kW (triple rapid units: 50 kW DC, 43 kW AC);</li>
 *   <li>a number followed by "kW" → {@code fast<N>}, N kW ("APT 22kW Dual Outlet" → {@code fast22},
 *       "Siemens 7 kW Dual Outlet" → {@code fast7});</li>
 *   <li>anything else matches no class, and its rows are rejected and counted.</li>
 * </ol>
 *
 * @param name    class name, used as a profile column and a scenario demand class
 * @param ratedKw the class's rated power in kW, the plausibility limit for a session's energy
 */
public record ChargerClass(String name, double ratedKw) {

    private static final Pattern KW = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*kw\\b");

    public ChargerClass {
        if (!name.matches("[a-z][a-z0-9_]*") || !(ratedKw > 0)) {
            throw new IllegalArgumentException("class " + name + " with " + ratedKw + " kW");
        }
    }

    /** The class of a charger model, or empty when no rule matches. */
    public static Optional<ChargerClass> ofModel(String model) {
        String text = model.toLowerCase(Locale.ROOT);
        if (text.contains("semi-rapid")) {
            return Optional.of(new ChargerClass("fast22", 22));
        }
        if (text.contains("rapid")) {
            return Optional.of(new ChargerClass("rapid", 50));
        }
        Matcher kw = KW.matcher(text);
        if (kw.find()) {
            double power = Double.parseDouble(kw.group(1));
            String digits = kw.group(1).replace('.', '_');
            return power > 0 ? Optional.of(new ChargerClass("fast" + digits, power)) : Optional.empty();
        }
        return Optional.empty();
    }
}
