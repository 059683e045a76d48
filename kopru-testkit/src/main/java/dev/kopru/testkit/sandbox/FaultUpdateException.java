package dev.kopru.testkit.sandbox;

/** A bad value in a fault update; {@link #field()} names the knob. */
public final class FaultUpdateException extends IllegalArgumentException {

    private final String field;

    public FaultUpdateException(String field, String reason) {
        super(reason.startsWith(field) ? reason : field + " " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
