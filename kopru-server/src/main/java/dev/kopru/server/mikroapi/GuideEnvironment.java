package dev.kopru.server.mikroapi;

import dev.kopru.mikro.MikroDescriptor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Seed 000's {@code .env} keys turned into a Mikro connection's settings. The guide knows the URL, a user, a
 * password, a company number and a period; the real Mikro API (V2/V3) also needs the licence API key, the company
 * code as Mikro shows it and the working year. Those come from keys of our own: {@code MIKRO_API_KEY},
 * {@code MIKRO_FIRMA_KODU}, {@code MIKRO_CALISMA_YILI}.
 *
 * @param settings  the connection's settings (secrets in clear: handed to the vault only)
 * @param notes     what was assumed, for the log (never a secret)
 */
record GuideEnvironment(Map<String, String> settings, List<String> notes) {

    static final String URL = "MIKRO_API_URL";
    static final String USERNAME = "MIKRO_API_USERNAME";
    static final String PASSWORD = "MIKRO_API_PASSWORD";
    static final String COMPANY_CODE = "MIKRO_COMPANY_CODE";
    static final String PERIOD = "MIKRO_PERIOD";
    static final String API_KEY = "MIKRO_API_KEY";
    static final String FIRMA_KODU = "MIKRO_FIRMA_KODU";
    static final String YEAR = "MIKRO_CALISMA_YILI";

    @Override
    public String toString() {
        return "GuideEnvironment[notes=" + notes + "]";
    }

    /** True when the guide's keys are in use at all. */
    static boolean present(UnaryOperator<String> env) {
        return blank(env.apply(URL)) != null;
    }

    /**
     * @param env reads a key ({@code null} when unset)
     * @throws IllegalStateException listing every missing key and what the real Mikro needs it for
     */
    static GuideEnvironment read(UnaryOperator<String> env) {
        List<String> missing = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String url = need(env, URL, "the Mikro API's URL, e.g. http://mikro-host:8094", missing);
        String user = need(env, USERNAME, "the Mikro user code (KullaniciKodu), e.g. SRV", missing);
        String password = need(env, PASSWORD, "the Mikro user's password", missing);
        String apiKey = need(env, API_KEY, "the licence ApiKey Mikro issues after its API application form; the"
                + " guide's APILogin does not need it, every V2/V3 call does", missing);
        String companyCode = blank(env.apply(COMPANY_CODE));
        String firmaKodu = blank(env.apply(FIRMA_KODU));
        if (firmaKodu == null && companyCode == null) {
            missing.add(FIRMA_KODU + " (the company code as Mikro shows it, e.g. MIKROFLY; V2/V3 calls send it as"
                    + " FirmaKodu)");
        } else if (firmaKodu == null) {
            firmaKodu = companyCode;
            if (companyCode.matches("\\d+")) {
                notes.add(COMPANY_CODE + "=" + companyCode + " is sent as FirmaKodu; Mikro's V2 API expects the"
                        + " company code as Mikro shows it (e.g. MIKROFLY): set " + FIRMA_KODU
                        + " if Mikro refuses the company");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(URL + " is set, so Köprü configures its default Mikro connection from"
                    + " the guide's .env keys, but the real Mikro API needs more than the guide knows: "
                    + String.join("; ", missing));
        }
        String year = blank(env.apply(YEAR));
        String period = blank(env.apply(PERIOD));
        if (year == null && period != null && period.matches("\\d{4}")) {
            year = period;
        } else if (year == null) {
            year = Integer.toString(LocalDate.now(ZoneId.of("Europe/Istanbul")).getYear());
            notes.add("the working year (CalismaYili) is " + year + ", this year; set " + YEAR + " for another"
                    + (period == null ? "" : " (" + PERIOD + "=" + period + " is a period, which V2/V3 calls do not"
                    + " send)"));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(MikroDescriptor.BASE_URL, url);
        settings.put(MikroDescriptor.API_KEY, apiKey);
        settings.put(MikroDescriptor.FIRMA_KODU, firmaKodu);
        settings.put(MikroDescriptor.CALISMA_YILI, year);
        settings.put(MikroDescriptor.KULLANICI_KODU, user);
        settings.put(MikroDescriptor.PASSWORD, password);
        if (companyCode != null && companyCode.matches("\\d{1,9}")) {
            settings.put(MikroDescriptor.FIRMA_NO, companyCode);
        }
        return new GuideEnvironment(settings, notes);
    }

    private static String need(UnaryOperator<String> env, String key, String what, List<String> missing) {
        String value = blank(env.apply(key));
        if (value == null) {
            missing.add(key + " (" + what + ")");
        }
        return value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
