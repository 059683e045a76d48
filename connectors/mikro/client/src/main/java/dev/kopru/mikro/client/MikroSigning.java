package dev.kopru.mikro.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kopru.connector.kit.http.Authentication;
import dev.kopru.connector.kit.http.VendorRequest;
import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.ConnectorException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mikro has no session: every V2/V3 call carries the {@code Mikro} credential block with the daily hash of the
 * server's day (mikro.md §3.2). A refusal of the hash is renewed once with the adjacent day's hash, for a server
 * whose clock runs on UTC or a little off; a refused call changed nothing, so this is safe for writes.
 */
final class MikroSigning implements Authentication {

    private static final Pattern PASSWORD = Pattern.compile("ifre");

    private final MikroConfig config;
    /** The last day signed for and its hash: an MD5 on every call is most of what signing costs. */
    private volatile DayHash lastHash;

    private record DayHash(LocalDate day, String sifre) {
    }

    MikroSigning(MikroConfig config) {
        this.config = config;
    }

    @Override
    public Attempt begin(VendorOperation operation) {
        MikroOperation op = (MikroOperation) operation;
        Instant now = config.clock().instant();
        return new Attempt() {
            private LocalDate day = DailyPassword.serverDay(now);
            private boolean triedAdjacentDay;

            @Override
            public VendorRequest apply(VendorRequest request) {
                if (!(request.body() instanceof VendorRequest.Body.Json json) || !json.document().isObject()) {
                    return request;
                }
                return request.withBody(new VendorRequest.Body.Json(signed(op, (ObjectNode) json.document(), day)));
            }

            @Override
            public boolean renew(ConnectorException refusal) {
                if (triedAdjacentDay || !(refusal instanceof ConnectorException.AuthRejected)
                        || !refusal.vendorMessage().map(m -> PASSWORD.matcher(m).find()).orElse(false)) {
                    return false;
                }
                triedAdjacentDay = true;
                day = DailyPassword.adjacentDay(now);
                return true;
            }
        };
    }

    /**
     * {@code body} with the credential block filled: in {@code Mikro} (created when absent, credentials replacing any
     * the caller put there, the caller's other members kept after them), or the whole body for APILogin.
     */
    private ObjectNode signed(MikroOperation op, ObjectNode body, LocalDate day) {
        ObjectNode credentials = credentials(op, sifre(day), day);
        if (op == MikroOperation.API_LOGIN) {
            return credentials;
        }
        ObjectNode request = body.deepCopy();
        JsonNode given = request.get("Mikro");
        if (given instanceof ObjectNode block) {
            block.properties().forEach(e -> credentials.putIfAbsent(e.getKey(), e.getValue()));
        }
        request.set("Mikro", credentials);
        return request;
    }

    private String sifre(LocalDate day) {
        DayHash known = lastHash;
        if (known == null || !known.day().equals(day)) {
            known = new DayHash(day, DailyPassword.hash(day, config.password()));
            lastHash = known;
        }
        return known.sifre();
    }

    private ObjectNode credentials(MikroOperation op, String sifre, LocalDate day) {
        ObjectNode mikro = JsonNodeFactory.instance.objectNode();
        mikro.put("ApiKey", config.apiKey());
        mikro.put("FirmaKodu", config.firmaKodu());
        mikro.put("CalismaYili", config.calismaYili() != null ? config.calismaYili()
                : Integer.toString(day.getYear()));
        mikro.put("KullaniciKodu", config.kullaniciKodu());
        mikro.put("Sifre", sifre);
        if (op.firmaSube() || config.firmaNo() != null) {
            mikro.put("FirmaNo", config.firmaNoIfSet().orElse(0));
        }
        if (op.firmaSube() || config.subeNo() != null) {
            mikro.put("SubeNo", config.subeNoIfSet().orElse(0));
        }
        return mikro;
    }

    @Override
    public List<String> secrets() {
        Instant now = config.clock().instant();
        return List.of(config.apiKey(), config.password(),
                DailyPassword.hash(DailyPassword.serverDay(now), config.password()),
                DailyPassword.hash(DailyPassword.adjacentDay(now), config.password()));
    }
}
