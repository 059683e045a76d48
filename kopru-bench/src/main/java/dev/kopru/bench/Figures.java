package dev.kopru.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a run measured, in the order it is shown: named figures, and notes on how they were obtained. */
final class Figures {

    record Figure(String name, String value) {
    }

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Figures add(String name, String value) {
        figures.add(new Figure(name, value));
        return this;
    }

    Figures add(String name, double value, String unit) {
        return add(name, format(value) + (unit.isEmpty() ? "" : " " + unit));
    }

    Figures note(String note) {
        notes.add(note);
        return this;
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** Three significant digits at most, so a table reads at a glance. */
    static String format(double value) {
        double abs = Math.abs(value);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (abs >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
