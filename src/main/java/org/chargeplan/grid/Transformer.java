package org.chargeplan.grid;

/**
 * A distribution transformer that supplies the loads at one bus, including any charging sites
 * connected there.
 *
 * <p>First form of the grid model: its loading limit is taken on active power,
 * {@code P ≤ ratingKva × powerFactor}, i.e. the kVA rating at the stated power factor.
 *
 * @param id          identifier
 * @param bus         index of the bus it supplies
 * @param ratingKva   nameplate rating, kVA
 * @param powerFactor power factor at which the rating is converted to kW, in (0, 1]
 */
public record Transformer(String id, int bus, double ratingKva, double powerFactor) {

    /** The active-power limit, kW. */
    public double limitKw() {
        return ratingKva * powerFactor;
    }
}
