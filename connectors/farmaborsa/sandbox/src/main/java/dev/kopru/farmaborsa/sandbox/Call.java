package dev.kopru.farmaborsa.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One authenticated vendor call: who calls, and what they sent. */
record Call(FarmaBorsaSandboxOptions.Account account, Body body) {

    String nick() {
        return account.nick();
    }

    /** An operation's work: the success answer, or a {@link Refusal}. */
    @FunctionalInterface
    interface Handler {
        ObjectNode handle(Call call);
    }
}
