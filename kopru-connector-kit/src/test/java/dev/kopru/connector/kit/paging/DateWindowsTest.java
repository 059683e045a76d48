package dev.kopru.connector.kit.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kopru.core.input.InvalidInputException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateWindowsTest {

    @Test
    void months_follow_the_calendar_and_both_ends_are_inclusive() {
        List<DateWindows.Window> windows = DateWindows.split(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 15),
                Period.ofMonths(1));

        assertThat(windows).containsExactly(
                new DateWindows.Window(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 27)),
                new DateWindows.Window(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 27)),
                new DateWindows.Window(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 4, 15)));
    }

    @Test
    void a_year_of_movements_in_six_month_windows_leaves_no_day_out_and_none_twice() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        List<DateWindows.Window> windows = DateWindows.split(from, to, Period.ofMonths(6));

        assertThat(windows).hasSize(2);
        assertThat(windows.getFirst().from()).isEqualTo(from);
        assertThat(windows.getLast().to()).isEqualTo(to);
        assertThat(windows.get(1).from()).isEqualTo(windows.get(0).to().plusDays(1));
        assertThat(DateWindows.next(windows.get(0), to, Period.ofMonths(6))).isEqualTo(windows.get(1));
        assertThat(DateWindows.next(windows.get(1), to, Period.ofMonths(6))).isNull();
    }

    @Test
    void a_single_day_is_one_window_and_a_reversed_range_is_refused() {
        LocalDate day = LocalDate.of(2026, 12, 4);
        assertThat(DateWindows.split(day, day, Period.ofMonths(1))).containsExactly(new DateWindows.Window(day, day));
        assertThatThrownBy(() -> DateWindows.split(day, day.minusDays(1), Period.ofMonths(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
}
