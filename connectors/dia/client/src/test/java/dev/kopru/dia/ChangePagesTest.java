package dev.kopru.dia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kopru.core.connector.Cursor;
import dev.kopru.core.connector.Entity;
import dev.kopru.core.connector.Page;
import dev.kopru.core.connector.ReadRequest;
import dev.kopru.core.model.Item;
import dev.kopru.dia.client.DiaConfig;
import dev.kopru.dia.sandbox.DiaSandbox;
import dev.kopru.dia.sandbox.DiaSandboxOptions;
import dev.kopru.testkit.sandbox.Sandbox;
import dev.kopru.testkit.time.SettableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Change-order paging when many records share one {@code _date} second, and after a cursor. */
class ChangePagesTest {

    @Test
    void pages_through_records_of_one_second_without_gaps_or_repeats_and_resumes_after_the_cursor() {
        SettableClock clock = new SettableClock(LocalDateTime.of(2026, 3, 1, 9, 0), ZoneOffset.UTC);
        try (Sandbox sandbox = Sandbox.start(new DiaSandbox(DiaSandboxOptions.builder().demoSize(13).clock(clock)
                .build()), 0);
             DiaConnector dia = new DiaConnector(DiaConfig.builder().baseUrl(sandbox.baseUri().toString())
                     .username("ws").password("ws").apiKey("demo-api-key").firmaKodu(34).donemKodu(1).clock(clock)
                     .build(), 3, 1)) {
            List<String> keys = new ArrayList<>();
            ReadRequest request = ReadRequest.full(3);
            Page<Item> page;
            do {
                page = dia.read(Entity.ITEM, request);
                page.records().forEach(i -> keys.add(i.key()));
                request = request.continueAt(page.next());
            } while (!page.last());
            assertThat(keys).hasSize(13).doesNotHaveDuplicates();
            Cursor end = page.next();

            clock.advance(Duration.ofSeconds(1));
            String created = dia.create(Entity.ITEM, new Item(null, "YENİ-1", "Yeni ürün", null, "ADET", List.of(),
                    new BigDecimal("20"), null, null, null, null, null, null, false, true, null));

            assertThat(dia.stream(Entity.ITEM, ReadRequest.after(end, 3)).map(Item::key).toList())
                    .containsExactly(created);
        }
    }
}
