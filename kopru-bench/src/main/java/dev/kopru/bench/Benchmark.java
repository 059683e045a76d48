package dev.kopru.bench;

/** One benchmark of docs/benchmarks.md: a harness that measures two things side by side and states a goal. */
interface Benchmark {

    /** The name on the command line ({@code ./kopru bench <name>}). */
    String name();

    /** The section's heading. */
    String title();

    /** What is measured against what, and the goal; the section's text above its runs. */
    String about();

    /** Runs once with {@code params} and returns the figures. */
    Figures run(Params params) throws Exception;
}
