package org.chargeplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code storage}, {@code costs} and {@code grid.upgrades} sections of
 * {@code maps/sioux-falls/storage.yaml}, and one-line errors for broken copies of it.
 */
class InvestmentScenarioTest {

    private static final Path SAMPLE_DIR = Path.of("maps/sioux-falls");
    private static final Path SAMPLE = SAMPLE_DIR.resolve("storage.yaml");

    @Test
    void readsTheStorageSample() {
        Investment investment = ScenarioReader.read(SAMPLE).investment();
        StorageOption storage = investment.storage().orElseThrow();
        assertEquals(320, storage.costPerKwh());
        assertEquals(150, storage.costPerKw());
        assertEquals(Math.sqrt(0.9), storage.chargeEfficiency(), 1e-12);
        assertEquals(0.1, storage.minSoc());
        assertEquals(0.95, storage.maxSoc());
        assertEquals(400, storage.maxKwhPerSite());
        UpgradeOption upgrades = investment.upgrades().orElseThrow();
        assertEquals(100, upgrades.stepKva());
        assertEquals(30000, upgrades.costPerStep());
        assertEquals(3, upgrades.maxSteps());
        Economics economics = investment.economics();
        assertTrue(economics.annual());
        assertEquals(10.0, economics.lifetimeYears().get(CostPart.CHARGERS));
        assertEquals(20.0, economics.lifetimeYears().get(CostPart.SITES), "default lifetime");
        assertEquals(40.0, economics.lifetimeYears().get(CostPart.UPGRADES));
        assertEquals(0.24, economics.energyPricePerKwh().get(18));
        assertEquals(4, economics.demandChargePerKwMonth());
        // CRF(5 %, 10 y) = 0.05·1.05^10 / (1.05^10 − 1) = 0.129505
        assertEquals(0.129505, economics.weight(CostPart.CHARGERS), 1e-6);
    }

    @Test
    void theSpineSampleHasNoInvestmentSections() {
        Investment investment = ScenarioReader.read(SAMPLE_DIR.resolve("scenario.yaml")).investment();
        assertEquals(Investment.NONE, investment);
        assertFalse(investment.economics().annual());
        assertEquals(1.0, investment.economics().weight(CostPart.STORAGE));
    }

    @Test
    void operatingCostsNeedLifetimes(@TempDir Path dir) throws IOException {
        InputException e = readBroken(dir, "  lifetime_years: {default: 20, chargers: 10, storage: 12, upgrades: 40}\n", "");
        assertMentions(e, "costs.energy_price_per_kwh");
        assertMentions(e, "lifetime_years");
    }

    @Test
    void aDiscountRateWithoutLifetimesIsRefused(@TempDir Path dir) throws IOException {
        String text = java.nio.file.Files.readString(SAMPLE);
        String costs = text.substring(text.indexOf("\ncosts:"), text.indexOf("\nobjective:"));
        InputException e = readBroken(dir, costs, "\ncosts:\n  discount_rate: 0.05\n");
        assertMentions(e, "costs.discount_rate");
        assertMentions(e, "lifetime_years");
    }

    @Test
    void aConnectionCostWithoutAFeederIsRefused(@TempDir Path dir) throws IOException {
        String text = java.nio.file.Files.readString(SAMPLE);
        String grid = text.substring(text.indexOf("\ngrid:"), text.indexOf("\nstorage:"));
        InputException e = BrokenScenario.read(SAMPLE, dir, grid, "");
        assertMentions(e, "costs.connection_cost_per_km");
        assertMentions(e, "grid section");
    }

    @Test
    void maxSocMustExceedMinSoc(@TempDir Path dir) throws IOException {
        InputException e = readBroken(dir, "max_soc: 0.95", "max_soc: 0.05");
        assertMentions(e, "storage.max_soc");
        assertMentions(e, "above min_soc");
    }

    @Test
    void pricesNeedTwentyFourHours(@TempDir Path dir) throws IOException {
        InputException e = readBroken(dir, "0.18, 0.14, 0.14]", "0.18, 0.14]");
        assertMentions(e, "costs.energy_price_per_kwh");
        assertMentions(e, "exactly 24");
    }

    @Test
    void unknownLifetimePartIsRejected(@TempDir Path dir) throws IOException {
        InputException e = readBroken(dir, "upgrades: 40}", "upgrade: 40}");
        assertMentions(e, "upgrade");
        assertMentions(e, "unknown field");
    }

    @Test
    void upgradeStepMustBePositive(@TempDir Path dir) throws IOException {
        InputException e = readBroken(dir, "step_kva: 100", "step_kva: 0");
        assertMentions(e, "grid.upgrades.step_kva");
    }

    private static InputException readBroken(Path dir, String target, String replacement) throws IOException {
        return BrokenScenario.read(SAMPLE, dir, target, replacement);
    }

    private static void assertMentions(InputException e, String part) {
        BrokenScenario.assertMentions(e, part);
    }
}
