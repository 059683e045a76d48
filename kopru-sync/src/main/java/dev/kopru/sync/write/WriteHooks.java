package dev.kopru.sync.write;

/**
 * Points in the write protocol where a test can step in, e.g. to throw as a crash would between the create and the
 * commit of its link. Production uses {@link #NONE}.
 */
public interface WriteHooks {

    WriteHooks NONE = new WriteHooks() { };

    /** Called before a create is sent (before its fence is confirmed), e.g. to stall the node there. */
    default void beforeSend(String sourceKey) {
    }

    /** Called after the target accepted a create and before its link is committed. */
    default void afterCreate(String sourceKey, String targetKey) {
    }
}
