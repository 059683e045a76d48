package dev.kopru.logo.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/**
 * Logo Objects methods on a record (logo.md §5.1) and on its lines (§4.3), by the names the service's Swagger lists,
 * matched in any case. Only {@code ReCalculate} runs: it computes the totals Logo computes on save and answers them
 * as {@code KeyValueParameter[]} ({@code [{"Name": "TOTAL_NET", "Value": 1260.0}, ...]}; which pairs Logo returns
 * is not documented [inference]); it saves nothing. Every other listed method answers 501 with the Web API's
 * {@code Message}, as the reference allows; a name it does not list matches no route.
 */
final class Methods {

    private static final Set<String> OBJECT = lower(Set.of("ReCalculate", "FillAccCodes", "ApplyADiscount",
            "SetDefIntValue", "EqualizePayAmnt", "AddSeriLotsForKs", "FillSMMACCCodes", "AttachADespatchByLRef",
            "AttachADespatchByFicheNo", "DeleteCampaign", "ApplyCampaign", "ApplyCondition", "SetClientInfo",
            "GetRelevantCampaigns", "ApplyCampaignSpecific", "ApplyRePayPln", "ApplyRePayPlnForInv",
            "CreateCompositeLines", "FormSeriLotLines", "ImportImage", "ExportBase64EncodedImage",
            "ImportBase64EncodedImage", "ExportToXML", "ImportFromXMLFile"));
    private static final Set<String> LINE = lower(Set.of("AddLine2", "AppendLine2", "SetLineTotals",
            "EqualizeBalance", "AddSeriLots", "AppendSeriLots", "ApplyAccDistTemplate", "GetStockLinePrice"));

    private Methods() {
    }

    static boolean isObjectMethod(String name) {
        return OBJECT.contains(name.toLowerCase(Locale.ROOT));
    }

    static boolean isLineMethod(String name) {
        return LINE.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Runs object method {@code name} on {@code record} of {@code resource} (stored or sent), answering ctx. */
    static void object(Context ctx, String resource, ObjectNode record, String name) {
        if (!name.equalsIgnoreCase("ReCalculate")) {
            notImplemented(ctx, name);
            return;
        }
        ObjectNode copy = record.deepCopy();
        Store.totals(resource, copy);
        ArrayNode pairs = Wire.array();
        copy.properties().stream().filter(e -> e.getKey().startsWith("TOTAL_"))
                .forEach(e -> pairs.addObject().put("Name", e.getKey()).set("Value", e.getValue()));
        Wire.respond(ctx, 200, pairs);
    }

    /** A line method: none runs in this sandbox. */
    static void line(Context ctx, String name) {
        notImplemented(ctx, name);
    }

    private static void notImplemented(Context ctx, String name) {
        Wire.message(ctx, 501, "The method '" + name + "' is not implemented by this sandbox.");
    }

    private static Set<String> lower(Set<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }
}
