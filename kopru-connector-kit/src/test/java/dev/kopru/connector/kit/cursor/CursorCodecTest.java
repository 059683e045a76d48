package dev.kopru.connector.kit.cursor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kopru.core.connector.ConnectorException;
import dev.kopru.core.connector.Cursor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    record Position(Instant changedAt, String key, int index) { }

    record Other(String series, int number) { }

    private final CursorCodec<Position> codec = CursorCodec.of("demo.change.1", Position.class);

    @Test
    void a_position_comes_back_as_it_went_out() {
        Position position = new Position(Instant.parse("2026-12-04T10:15:30Z"), "120.01.001", 3);
        Cursor cursor = codec.encode(position);

        assertThat(cursor.value()).doesNotContain("120.01.001").matches("[A-Za-z0-9_-]+");
        assertThat(codec.decode(cursor, "read")).isEqualTo(position);
    }

    @Test
    void refuses_a_cursor_of_another_version_naming_the_cursor_field() {
        Cursor older = CursorCodec.of("demo.change.0", Position.class)
                .encode(new Position(Instant.EPOCH, "", 0));

        ConnectorException.Validation refused = catchThrowableOfType(ConnectorException.Validation.class,
                () -> codec.decode(older, "read parties"));

        assertThat(refused.field()).contains("cursor");
        assertThat(refused.getMessage()).contains("reset the cursor", "demo.change.1");
    }

    @Test
    void refuses_a_cursor_of_another_read_and_garbage() {
        Cursor documents = CursorCodec.of("demo.change.1", Other.class).encode(new Other("A", 7));

        assertThat(catchThrowableOfType(ConnectorException.Validation.class,
                () -> codec.decode(documents, "read"))).isNotNull();
        assertThat(catchThrowableOfType(ConnectorException.Validation.class,
                () -> codec.decode(new Cursor("not*base64"), "read"))).isNotNull();
        assertThat(catchThrowableOfType(ConnectorException.Validation.class,
                () -> codec.decode(new Cursor("bm90IGpzb24"), "read"))).isNotNull();
    }
}
