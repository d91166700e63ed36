import com.google.ortools.Loader;
import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.ModelSolver;
import com.google.ortools.modelbuilder.SolveStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The scale benchmark's peer: HiGHS alone (the same native build chargeplan uses, through the
 * OR-Tools model builder) reading an MPS file and solving it, with nothing of chargeplan's in
 * between. Prints one line: status, objective, seconds to read, seconds to solve.
 *
 * Usage: java -cp chargeplan.jar:. HighsAlone MODEL.mps TIME_LIMIT_SECONDS RELATIVE_GAP
 */
public final class HighsAlone {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Loader.loadNativeLibraries();
        ModelBuilder model = new ModelBuilder();
        if (!model.importFromMpsString(Files.readString(Path.of(args[0])))) {
            throw new IllegalStateException("HiGHS could not read " + args[0]);
        }
        double read = (System.nanoTime() - start) / 1e9;
        ModelSolver solver = new ModelSolver("highs");
        solver.setTimeLimit(Duration.ofMillis((long) (Double.parseDouble(args[1]) * 1000)));
        solver.setSolverSpecificParameters("mip_rel_gap=" + args[2] + "\n");
        long solveStart = System.nanoTime();
        SolveStatus status = solver.solve(model);
        double solve = (System.nanoTime() - solveStart) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "%s %s %.3f %.3f%n", status,
                solver.hasSolution() ? String.valueOf(solver.getObjectiveValue()) : "n/a", read, solve);
    }
}
