package dev.kopru.sync.write;

import dev.kopru.sync.store.Tx;

/**
 * A run's fencing token: whether the run still owns its pipeline. The writer confirms it immediately before every
 * create and update, so a node that stalled past its lease and woke after another node took its run over sends
 * nothing more. Implementations throw an unchecked exception when the token is stale.
 */
public interface Fence {

    /** No fencing: replays and state changes, which run outside a leased run. */
    Fence NONE = new Fence() {
        @Override
        public void confirm() {
        }

        @Override
        public void confirm(Tx tx) {
        }
    };

    /** Throws when the run no longer owns its pipeline; asks the store unless it just did. */
    void confirm();

    /** The same inside {@code tx}, a transaction that writes the intents the next sends are committed to. */
    void confirm(Tx tx);
}
