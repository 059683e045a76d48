package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET api/v1/definitions/{resource}} (logo.md §4.4, G13): a JSON-Schema-like description, every property's
 * {@code type} a pair with {@code "null"}, {@code INTERNAL_REFERENCE} required, {@code DataObjectParameter} and
 * {@code Meta} included, nested collections as objects with their line's properties. The field lists are the key
 * fields of logo.md §6, not Logo's full models (items has ≈270 fields there).
 */
final class Definitions {

    private static final String INT = "integer";
    private static final String NUM = "number";
    private static final String TEXT = "string";

    /** Every record's own fields (logo.md §6, the SDK's BaseEntity). */
    private static final Map<String, String> BASE = fields("RECORD_STATUS", INT, "CREATED_BY", INT,
            "DATE_CREATED", TEXT, "HOUR_CREATED", INT, "MIN_CREATED", INT, "SEC_CREATED", INT, "MODIFIED_BY", INT,
            "DATE_MODIFIED", TEXT, "HOUR_MODIFIED", INT, "MIN_MODIFIED", INT, "SEC_MODIFIED", INT);

    private static final Map<String, String> ITEM = fields("CARD_TYPE", INT, "CODE", TEXT, "NAME", TEXT,
            "GROUP_CODE", TEXT, "PRODUCER_CODE", TEXT, "AUXIL_CODE", TEXT, "AUTH_CODE", TEXT, "CLASS_TYPE", INT,
            "USEF_PURCHASING", INT, "USEF_SALES", INT, "USEF_MM", INT, "VAT", NUM, "PAYMENT_CODE", TEXT,
            "TRACK_TYPE", INT, "LOCATION_TRACKING", INT, "UNITSET_CODE", TEXT, "UNITSETREF", INT, "MAINUNIT", TEXT,
            "SHELF_LIFE", NUM, "APPROVED", INT, "UNIVERSAL_ID", TEXT);

    private static final Map<String, String> UNIT = fields("UNIT_CODE", TEXT, "BARCODE", TEXT, "USEF_MTRLCLASS",
            INT, "USEF_PURCHCLAS", INT, "USEF_SALESCLAS", INT, "MTRL_PRIORITY", INT, "WIDTH", NUM, "LENGTH", NUM,
            "HEIGHT", NUM, "WEIGHT", NUM, "VOLUME", NUM, "GROSS_WEIGHT", NUM);

    private static final Map<String, String> ARP = fields("ACCOUNT_TYPE", INT, "CODE", TEXT, "TITLE", TEXT,
            "AUXIL_CODE", TEXT, "AUTH_CODE", TEXT, "ADDRESS1", TEXT, "ADDRESS2", TEXT, "DISTRICT_CODE", TEXT,
            "DISTRICT", TEXT, "TOWN_CODE", TEXT, "TOWN", TEXT, "CITY_CODE", TEXT, "CITY", TEXT, "COUNTRY_CODE", TEXT,
            "COUNTRY", TEXT, "POSTAL_CODE", TEXT, "TELEPHONE1", TEXT, "TELEPHONE2", TEXT, "FAX", TEXT, "TAX_ID", TEXT,
            "TAX_OFFICE", TEXT, "TAX_OFFICE_CODE", TEXT, "TCKNO", TEXT, "PERSCOMPANY", INT, "NAME", TEXT,
            "SURNAME", TEXT, "CONTACT", TEXT, "E_MAIL", TEXT, "WEB_URL", TEXT, "CELL_PHONE", TEXT,
            "DISCOUNT_RATE", NUM, "PAYMENT_CODE", TEXT, "CURRENCY", INT, "BLOCKED", INT, "CREDIT_LIMIT", NUM,
            "RISK_LIMIT", NUM, "GL_CODE", TEXT, "ACCEPT_EINV", INT);

    private static final Map<String, String> SLIP = fields("TYPE", INT, "NUMBER", TEXT, "DATE", TEXT, "TIME", INT,
            "DOC_NUMBER", TEXT, "AUXIL_CODE", TEXT, "AUTH_CODE", TEXT, "ARP_CODE", TEXT, "CLIENTREF", INT,
            "SOURCE_WH", INT, "DIVISION", INT, "DEPARTMENT", INT, "CANCELLED", INT, "TOTAL_DISCOUNTS", NUM,
            "TOTAL_DISCOUNTED", NUM, "TOTAL_EXPENSES", NUM, "TOTAL_VAT", NUM, "TOTAL_GROSS", NUM, "TOTAL_NET", NUM,
            "NOTES1", TEXT, "NOTES2", TEXT, "NOTES3", TEXT, "NOTES4", TEXT, "NOTES5", TEXT, "NOTES6", TEXT,
            "CURRSEL_TOTALS", INT, "CURRSEL_DETAILS", INT, "PAYMENT_CODE", TEXT, "SALESMAN_CODE", TEXT,
            "PROJECT_CODE", TEXT, "ORDER_STATUS", INT, "DOC_DATE", TEXT);

    private static final Map<String, String> LINE = fields("TYPE", INT, "MASTER_CODE", TEXT, "STOCKREF", INT,
            "QUANTITY", NUM, "PRICE", NUM, "TOTAL", NUM, "DISCOUNT_RATE", NUM, "VAT_RATE", NUM, "VAT_AMOUNT", NUM,
            "VAT_BASE", NUM, "VAT_INCLUDED", INT, "UNIT_CODE", TEXT, "UNIT_CONV1", NUM, "UNIT_CONV2", NUM,
            "DESCRIPTION", TEXT, "EDT_CURR", INT, "EDT_PRICE", NUM, "SOURCEINDEX", INT, "TOTAL_NET", NUM);

    /** {@code ArpSlips} (logo.md §6.5). */
    private static final Map<String, String> ARP_SLIP = fields("NUMBER", TEXT, "DATE", TEXT, "DOC_NUMBER", TEXT,
            "TYPE", INT, "AUXIL_CODE", TEXT, "NOTES1", TEXT, "NOTES2", TEXT, "NOTES3", TEXT, "NOTES4", TEXT,
            "TOTAL_DEBIT", NUM, "TOTAL_CREDIT", NUM, "RC_TOTAL_DEBIT", NUM, "RC_TOTAL_CREDIT", NUM,
            "CURRSEL_TOTALS", INT, "ARP_CODE", TEXT, "TIME", INT, "BANKACC_CODE", TEXT, "PROJECT_CODE", TEXT,
            "SALESMAN_CODE", TEXT, "DOC_DATE", TEXT, "EINVOICE", INT);

    private static final Map<String, String> ARP_LINE = fields("ARP_CODE", TEXT, "CLIENTREF", INT, "DATE", TEXT,
            "MODULENR", INT, "TRCODE", INT, "LINENR", INT, "TRANNO", TEXT, "DOC_NUMBER", TEXT, "DESCRIPTION", TEXT,
            "DEBIT", NUM, "CREDIT", NUM, "SIGN", INT, "AMOUNT", NUM, "CURR_TRANS", INT, "TC_XRATE", NUM,
            "TC_AMOUNT", NUM, "RC_XRATE", NUM, "RC_AMOUNT", NUM, "PAYMENT_CODE", TEXT);

    /** {@code bankSlips}: the lines of logo.md §6.6; the header's fields as a cari slip's [inference]. */
    private static final Map<String, String> BANK_SLIP = fields("TYPE", INT, "NUMBER", TEXT, "DATE", TEXT,
            "DOC_NUMBER", TEXT, "NOTES1", TEXT, "TOTAL_DEBIT", NUM, "TOTAL_CREDIT", NUM);

    private static final Map<String, String> BANK_LINE = fields("BANKACC_CODE", TEXT, "ARP_CODE", TEXT, "DATE",
            TEXT, "AMOUNT", NUM, "DEBIT", NUM, "CREDIT", NUM, "SIGN", INT, "DESCRIPTION", TEXT, "TRCODE", INT);

    /** {@code safeDepositSlips} (logo.md §6.6, inference there: Logo's KSLINES). */
    private static final Map<String, String> SAFE_DEPOSIT_SLIP = fields("SD_CODE", TEXT, "TYPE", INT, "NUMBER",
            TEXT, "DATE", TEXT, "AMOUNT", NUM, "ARP_CODE", TEXT, "DESCRIPTION", TEXT);

    /** {@code services} and {@code safeDeposits} (logo.md §3 names them, no fields): a code and a text [inference]. */
    private static final Map<String, String> CODE_CARD = fields("CODE", TEXT, "DESCRIPTION", TEXT);

    private Definitions() {
    }

    /** The schema of {@code resource} (in its canonical spelling). */
    static ObjectNode of(String resource) {
        ObjectNode schema = Wire.object();
        schema.put("title", resource);
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode parameter = object(properties, "DataObjectParameter");
        for (String flag : List.of("ReplicMode", "CheckParams", "CheckRight")) {
            scalar(parameter, flag, "boolean");
        }
        ObjectNode meta = object(properties, "Meta");
        for (String field : List.of("href", "mediaType", "apiVersion")) {
            scalar(meta, field, TEXT);
        }
        scalar(properties, "INTERNAL_REFERENCE", INT).put("required", true);
        BASE.forEach((field, type) -> scalar(properties, field, type));
        shape(resource).ifPresent(shape -> {
            shape.header().forEach((field, type) -> scalar(properties, field, type));
            if (shape.collection() != null) {
                collection(properties, shape.collection(), shape.line());
            }
        });
        return schema;
    }

    /** A data object's own fields and its one collection of lines (null: none). */
    private record Shape(Map<String, String> header, String collection, Map<String, String> line) {
    }

    private static java.util.Optional<Shape> shape(String resource) {
        Shape shape = switch (resource) {
            case Resources.ITEMS -> new Shape(ITEM, "UNITS", UNIT);
            case Resources.ARPS -> new Shape(ARP, null, null);
            case "ArpSlips" -> new Shape(ARP_SLIP, "TRANSACTIONS", ARP_LINE);
            case "bankSlips" -> new Shape(BANK_SLIP, "TRANSACTIONS", BANK_LINE);
            case Resources.SAFE_DEPOSIT_SLIPS -> new Shape(SAFE_DEPOSIT_SLIP, null, null);
            case Resources.SERVICES, Resources.SAFE_DEPOSITS -> new Shape(CODE_CARD, null, null);
            default -> Resources.TRADE_SLIPS.contains(resource) ? new Shape(SLIP, "TRANSACTIONS", LINE) : null;
        };
        return java.util.Optional.ofNullable(shape);
    }

    private static ObjectNode scalar(ObjectNode properties, String name, String type) {
        ObjectNode property = properties.putObject(name);
        property.putArray("type").add(type).add("null");
        return property;
    }

    private static ObjectNode object(ObjectNode properties, String name) {
        ObjectNode property = properties.putObject(name);
        property.putArray("type").add("object").add("null");
        return property.putObject("properties");
    }

    private static void collection(ObjectNode properties, String name, Map<String, String> line) {
        ObjectNode collection = object(properties, name);
        ObjectNode items = collection.putObject("items");
        items.putArray("type").add("array").add("null");
        ObjectNode lineProperties = items.putObject("items").putObject("properties");
        scalar(lineProperties, "INTERNAL_REFERENCE", INT);
        line.forEach((field, type) -> scalar(lineProperties, field, type));
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
