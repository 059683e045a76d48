package dev.kopru.mikro.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every method name the sandbox answers. The emulated ones do real work; the other names documented in mikro.md §8
 * (documented-paths.txt) pass the credential check and then answer envelope StatusCode 501, so a client can tell
 * "not emulated" from "no such method" (HTTP 404).
 */
final class Operations {

    static final int NOT_EMULATED = 501;

    private final Map<String, Operation> byName = new LinkedHashMap<>();
    private final List<String> emulated = new ArrayList<>();

    Operations() {
        List<Operation> all = new ArrayList<>();
        all.addAll(SessionOperations.all());
        all.addAll(CariOperations.all());
        all.addAll(StokOperations.all());
        all.addAll(InvoiceOperations.all());
        all.addAll(MovementOperations.all());
        all.addAll(SqlOperations.all());
        all.addAll(EDocumentOperations.all());
        all.addAll(IncomingDocuments.all());
        for (Operation operation : all) {
            byName.put(Operation.normalize(operation.name()), operation);
            this.emulated.add(operation.name());
        }
        for (String path : documentedPaths()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            byName.putIfAbsent(Operation.normalize(name), Operation.read(name, call -> {
                throw new MikroError(NOT_EMULATED, "Bu işlem sandbox'ta desteklenmiyor: " + name);
            }));
        }
    }

    Optional<Operation> find(String name) {
        return Optional.ofNullable(byName.get(Operation.normalize(name)));
    }

    /** The names with real behaviour, for the state view and the docs. */
    List<String> emulated() {
        return Collections.unmodifiableList(emulated);
    }

    /** The operation paths as mikro.md §8 documents them, casing included. */
    static List<String> documentedPaths() {
        try (InputStream in = Operations.class.getResourceAsStream("documented-paths.txt")) {
            if (in == null) {
                throw new IllegalStateException("documented-paths.txt is missing from the sandbox jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(line -> line.startsWith("/")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("documented-paths.txt could not be read", e);
        }
    }
}
