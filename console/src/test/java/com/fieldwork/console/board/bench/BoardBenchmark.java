package com.fieldwork.console.board.bench;

import atlantafx.base.theme.PrimerLight;
import com.sun.javafx.perf.PerformanceTracker;
import com.fieldwork.console.board.BoardRow;
import com.fieldwork.console.board.BoardView;
import com.fieldwork.console.board.BoardViewModel;
import com.fieldwork.console.board.BoardWorld;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.dispatch.board.BoardJob;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Opens the board on a generated company of 200 technicians and 5,000 visits over a week and prints the time
 * to open it, the time per drag-move frame and the heap in use, each next to the same board without visits
 * (200 technicians, one queued job and the generator's pinned in-progress visits) measured in the same run.
 * Not a test: {@code ./mvnw -o -Pbench -pl core,console verify} (see the README's console section).
 */
public final class BoardBenchmark {

    private static final int TECHNICIANS = 200;
    private static final int VISITS = 5_000;
    private static final int QUEUED = 300;
    private static final int WEEKDAYS = 5;
    private static final int MOVES = 400;

    private BoardBenchmark() {
    }

    record Figures(String board, int visits, double openMs, double warmOpenMs, double[] handlerMs, double[] frameMs,
                   double heapMb, double boardHeapMb) {
    }

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        Platform.setImplicitExit(false);
        long cold = System.nanoTime();
        reopen(BoardWorld.generate(3, 20, 100, 10, 2));
        double coldMs = (System.nanoTime() - cold) / 1e6;
        Figures baseline = run("200 technicians, no visits (baseline)", BoardWorld.generate(7, TECHNICIANS, 0, 1,
                WEEKDAYS));
        Figures full = run("200 technicians × 5,000 visits", BoardWorld.generate(42, TECHNICIANS, VISITS, QUEUED,
                WEEKDAYS));
        print(baseline, full, coldMs);
        Platform.exit();
    }

    private static Figures run(String name, BoardWorld world) throws Exception {
        gc();
        double heapBefore = usedMb();
        long start = System.nanoTime();
        Opened opened = fx(() -> open(world));
        BoardView view = opened.view();
        double openMs = (System.nanoTime() - start) / 1e6;
        double warmOpenMs = reopen(world);
        int visits = fx(() -> view.board().getState().data().scheduled().size());
        double[][] drag = drag(view);
        gc();
        double heap = usedMb();
        fx(() -> {
            opened.close();
            return null;
        });
        return new Figures(name, visits, openMs, warmOpenMs, drag[0], drag[1], heap, heap - heapBefore);
    }

    private record Opened(Stage stage, BoardView view) {
        void close() {
            stage.close();
            view.dispose();
        }
    }

    /** What a dispatcher waits for: the model reads and builds the engine's plan, the window lays out and renders. */
    private static Opened open(BoardWorld world) {
        BoardViewModel model = new BoardViewModel(world, world.dispatchService(), world.travel(),
                BoardWorld.DISPATCHER, BoardWorld.CLOCK, new SynchronousTaskExecutor());
        model.dayProperty().set(BoardWorld.DAY);
        BoardView view = new BoardView(model);
        Stage stage = new Stage();
        stage.setScene(new Scene(view, 1270, 790));
        stage.show();
        model.load();
        render(view.getScene());
        return new Opened(stage, view);
    }

    /** A second open of the same board in a new window. */
    private static double reopen(BoardWorld world) throws Exception {
        long start = System.nanoTime();
        fx(() -> {
            open(world).close();
            return null;
        });
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * Drags the most urgent queued job across the board as the mouse would: each move runs the board's drag
     * handler (the engine's conflict check included) on the FX thread, then the next pulse does CSS, layout and
     * rendering. A frame is the handler plus that pulse, from its start until the renderer reports the frame
     * done (JavaFX's PerformanceTracker; internal, but on the class path it is reachable).
     */
    private static double[][] drag(BoardView view) throws Exception {
        double[] handler = new double[MOVES];
        double[] frame = new double[MOVES];
        BoardJob card = fx(() -> view.board().getState().queue().get(0));
        Bounds body = fx(() -> {
            Node b = view.board().lookup(".board-body");
            return b.localToScene(b.getLayoutBounds());
        });
        fx(() -> {
            view.board().beginDrag(card);
            return null;
        });
        int rows = fx(() -> (int) view.board().getState().rows().stream().filter(r -> r instanceof BoardRow.TechnicianRow)
                .count());
        Scene scene = fx(view::getScene);
        AtomicLong pulseStart = new AtomicLong();
        AtomicReference<CompletableFuture<Long>> rendered = new AtomicReference<>(new CompletableFuture<>());
        AtomicLong laidOut = new AtomicLong();
        Runnable stampPulse = () -> pulseStart.compareAndSet(0, System.nanoTime());
        // A render still running from an earlier pulse can finish during this pulse's layout: only a render
        // finishing after this pulse's layout is this pulse's frame (the renderer does one frame at a time).
        Runnable stampLayout = () -> {
            if (pulseStart.get() != 0) {
                laidOut.compareAndSet(0, System.nanoTime());
            }
        };
        fx(() -> {
            scene.addPreLayoutPulseListener(stampPulse);
            scene.addPostLayoutPulseListener(stampLayout);
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                if (laidOut.get() != 0) {
                    rendered.get().complete(System.nanoTime());
                }
            });
            return null;
        });
        int measured = 0;
        for (int i = 0; measured < MOVES && i < MOVES * 3; i++) {
            double x = body.getMinX() + 5 + (i * 37 % (int) (body.getWidth() - 10));
            double y = body.getMinY() + 5 + (i * 13 % (int) (body.getHeight() - 10));
            Thread.sleep(20);
            pulseStart.set(0);
            laidOut.set(0);
            rendered.set(new CompletableFuture<>());
            double handlerMs = fx(() -> {
                long t0 = System.nanoTime();
                view.board().dragTo(x, y);
                return (System.nanoTime() - t0) / 1e6;
            });
            Long end;
            try {
                end = rendered.get().get(500, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException nothingChanged) {
                continue;
            }
            if (pulseStart.get() == 0) {
                continue;
            }
            handler[measured] = handlerMs;
            frame[measured] = handlerMs + (end - pulseStart.get()) / 1e6;
            measured++;
        }
        fx(() -> {
            scene.removePreLayoutPulseListener(stampPulse);
            scene.removePostLayoutPulseListener(stampLayout);
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(null);
            return null;
        });
        if (measured < MOVES) {
            throw new IllegalStateException("only " + measured + " of " + MOVES + " moves caused a frame");
        }
        fx(() -> {
            view.board().endDrag(-1, -1);
            return null;
        });
        if (rows == 0) {
            throw new IllegalStateException("no technician rows to drag over");
        }
        return new double[][]{handler, frame};
    }

    private static void render(Scene scene) {
        scene.snapshot(null);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
    }

    private static double usedMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private static void print(Figures baseline, Figures full, double coldMs) {
        System.out.println();
        System.out.println("Dispatch board benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
                + "Monocle headless, software rendering, window 1270x790, " + MOVES + " drag moves)");
        System.out.println("| measure | " + baseline.board() + " | " + full.board() + " | goal |");
        System.out.println("|---|---:|---:|---|");
        System.out.printf(Locale.ROOT, "| visits on the board's week | %,d | %,d | |%n", baseline.visits(), full.visits());
        System.out.printf(Locale.ROOT, "| time to open: read, build the engine's plan, first layout and render | %.0f ms | "
                + "%.0f ms | < 1,500 ms |%n", baseline.openMs(), full.openMs());
        System.out.printf(Locale.ROOT, "| the same, opened a second time | %.0f ms | %.0f ms | < 1,500 ms |%n",
                baseline.warmOpenMs(), full.warmOpenMs());
        row("drag move: handler with the engine's conflict check, mean / p50 / p99 / max", baseline.handlerMs(),
                full.handlerMs());
        row("drag-move frame: handler + the pulse it causes (CSS, layout, render), mean / p50 / p99 / max",
                baseline.frameMs(), full.frameMs());
        System.out.printf(Locale.ROOT, "| heap in use after opening (after GC) | %.0f MB | %.0f MB | < 512 MB |%n",
                baseline.heapMb(), full.heapMb());
        System.out.printf(Locale.ROOT, "| of which the board (heap after opening less heap before) | %.0f MB | %.0f MB | |%n",
                baseline.boardHeapMb(), full.boardHeapMb());
        System.out.printf(Locale.ROOT, "(the very first open in this JVM, a 20-technician board with the JIT cold: %.0f ms)%n",
                coldMs);
    }

    private static void row(String name, double[] baseline, double[] full) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | < 16 ms |%n", name, stats(baseline), stats(full));
    }

    private static String stats(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        List<String> parts = new ArrayList<>();
        for (double v : new double[]{mean, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.99)],
                sorted[sorted.length - 1]}) {
            parts.add(String.format(Locale.ROOT, "%.2f", v));
        }
        return String.join(" / ", parts) + " ms";
    }
}
