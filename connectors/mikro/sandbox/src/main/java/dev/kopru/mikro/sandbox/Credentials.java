package dev.kopru.mikro.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks Mikro's credential block (mikro.md §3): {@code ApiKey}, {@code FirmaKodu}, {@code CalismaYili} (string or
 * number), {@code KullaniciKodu} and {@code Sifre}, the lower-case hex MD5 of "yyyy-MM-dd password" for the
 * sandbox's Istanbul date (the date alone for a user without a password). Keys are matched ignoring case, so the
 * documented {@code Apikey} spelling works. Refusals are envelope StatusCode 401 in the words of a real server
 * (mikro.md §12.2: a refused connection says {@code connection error - }); no message repeats a secret.
 */
final class Credentials {

    static final String NO_API_KEY = "Json da ApiKey bilgisi eksik!";
    static final String BAD_API_KEY = "Geçersiz api key";
    static final String BAD_PASSWORD = "connection error - Şifre Hatalı!";
    /** Two spaces after the dash, as the live log shows. */
    static final String NO_DATABASE = "connection error -  Veritabanı bulunamadı!";

    private final MikroSandboxOptions options;
    /** Per password, the hashes accepted on one day: hashing on every call cost more than the rest of the check. */
    private final Map<String, DayHashes> hashes = new ConcurrentHashMap<>();

    private record DayHashes(LocalDate day, List<String> accepted) {
    }

    Credentials(MikroSandboxOptions options) {
        this.options = options;
    }

    /** Who called, and in which working year: each year is a database of its own (mikro.md §12.5). */
    record Login(String user, int year) {
    }

    /** The user and working year of a valid block; otherwise a 401 {@link MikroError}. */
    Login authenticate(JsonNode block) {
        if (block == null || !block.isObject()) {
            throw new MikroError(MikroError.AUTH, "Mikro alanı zorunludur");
        }
        String apiKey = Fields.text(block, "ApiKey").orElse("");
        if (apiKey.isBlank()) {
            throw new MikroError(MikroError.AUTH, NO_API_KEY);
        }
        if (!constantTimeEquals(apiKey, options.apiKey())) {
            throw new MikroError(MikroError.AUTH, BAD_API_KEY);
        }
        String company = Fields.text(block, "FirmaKodu")
                .orElseThrow(() -> new MikroError(MikroError.AUTH, "FirmaKodu alanı zorunludur"));
        if (options.companies().stream().noneMatch(company::equalsIgnoreCase)) {
            throw new MikroError(MikroError.AUTH, NO_DATABASE);
        }
        String year = Fields.text(block, "CalismaYili")
                .orElseThrow(() -> new MikroError(MikroError.AUTH, "CalismaYili alanı zorunludur"));
        Optional<Integer> knownYear = knownYear(year);
        if (knownYear.isEmpty()) {
            throw new MikroError(MikroError.AUTH, "Çalışma yılı bulunamadı: " + year);
        }
        String userCode = Fields.text(block, "KullaniciKodu")
                .orElseThrow(() -> new MikroError(MikroError.AUTH, "KullaniciKodu alanı zorunludur"));
        Optional<Map.Entry<String, String>> user = options.users().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(userCode)).findFirst();
        if (user.isEmpty()) {
            throw new MikroError(MikroError.AUTH, "Kullanıcı bulunamadı: " + userCode);
        }
        String sifre = Fields.text(block, "Sifre").orElse("").toLowerCase(Locale.ROOT);
        if (!acceptedHashes(user.get().getValue()).contains(sifre)) {
            throw new MikroError(MikroError.AUTH, BAD_PASSWORD);
        }
        return new Login(user.get().getKey(), knownYear.get());
    }

    /** The hashes accepted now: today's, and with the tolerance knob yesterday's and tomorrow's. */
    List<String> acceptedHashes(String password) {
        LocalDate today = LocalDate.now(options.clock().withZone(MikroSandboxOptions.ISTANBUL));
        DayHashes known = hashes.get(password);
        if (known == null || !known.day().equals(today)) {
            known = new DayHashes(today, acceptedHashes(today, password));
            hashes.put(password, known);
        }
        return known.accepted();
    }

    private List<String> acceptedHashes(LocalDate today, String password) {
        if (!options.adjacentDayTolerance()) {
            return List.of(dailyHash(today, password));
        }
        return List.of(dailyHash(today, password), dailyHash(today.minusDays(1), password),
                dailyHash(today.plusDays(1), password));
    }

    /** {@code md5("yyyy-MM-dd password")} in lower-case hex; {@code md5("yyyy-MM-dd")} when the password is empty. */
    static String dailyHash(LocalDate day, String password) {
        String date = DateTimeFormatter.ISO_LOCAL_DATE.format(day);
        String input = password.isEmpty() ? date : date + " " + password;
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    private Optional<Integer> knownYear(String year) {
        try {
            return Optional.of(new java.math.BigDecimal(year).intValueExact()).filter(options.years()::contains);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    static boolean constantTimeEquals(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
