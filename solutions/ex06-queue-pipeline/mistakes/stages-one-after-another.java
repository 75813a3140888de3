// MISTAKE: like the lecture, runs the first stage to the end and only then the second, through a list that holds every number.
// REPLACES: ex06/Pipeline.java
// CAUGHT BY: PipelineConcurrencyTest#bothStagesWorkAtTheSameTime PipelineConcurrencyTest#aFastStageWaitsForASlowOne PipelineTerminationTest#anExceptionInAStageStopsThePipeline
package ex06;

import java.util.ArrayList;
import java.util.List;

public final class Pipeline {

    private final Stage first;
    private final Stage second;

    public Pipeline(Stage first, Stage second, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a queue needs a capacity of at least 1: " + capacity);
        }
        this.first = first;
        this.second = second;
    }

    public List<Long> process(List<Long> input) throws InterruptedException {
        List<Long> squared = runStage(first, input); // p1.start(); p1.join()
        return runStage(second, squared);            // and only then p2
    }

    private static List<Long> runStage(Stage stage, List<Long> input) throws InterruptedException {
        List<Long> output = new ArrayList<>();
        Thread worker = new Thread(() -> {
            for (long value : input) {
                output.add(stage.function().applyAsLong(value));
            }
        });
        worker.start();
        worker.join();
        return output;
    }
}
