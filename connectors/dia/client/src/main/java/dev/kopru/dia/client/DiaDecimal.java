package dev.kopru.dia.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** DİA's decimals on the wire: strings with six decimals, {@code "10.000000"} (dia.md §6); read back either way. */
final class DiaDecimal extends StdSerializer<BigDecimal> {

    DiaDecimal() {
        super(BigDecimal.class);
    }

    static String text(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(text(value));
    }
}
