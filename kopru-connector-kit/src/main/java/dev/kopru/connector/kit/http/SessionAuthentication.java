package dev.kopru.connector.kit.http;

import dev.kopru.connector.kit.operation.VendorOperation;
import dev.kopru.core.connector.ConnectorException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The session style: log in, keep the token or session id, attach it to every request, and log in again once when
 * the vendor says it expired. One login at a time however many threads call: a thread that finds the session
 * missing or expired logs in while the others wait for its result; a thread whose request was refused as expired
 * drops the session only if no other thread has renewed it meanwhile, so a burst of refusals costs one login.
 *
 * @param <S> the vendor's session: a token with its expiry, a session id
 */
public final class SessionAuthentication<S> implements Authentication, AutoCloseable {

    /** What the vendor's session calls are. */
    public interface Vendor<S> {

        /** Logs in (one vendor call, sent without this authentication); refused credentials end in AuthRejected. */
        S login();

        /** {@code request} carrying {@code session}: a bearer header, a session field in the body. */
        VendorRequest attach(S session, VendorRequest request);

        /** When {@code session} stops being valid; {@link Instant#MAX} when the vendor does not say. */
        Instant expiresAt(S session);

        /** The secrets of {@code session} (its token), masked in messages like the password. */
        List<String> secrets(S session);

        /** Ends {@code session} at the vendor, if it has such a call; failures are the caller's to ignore. */
        default void logout(S session) {
        }
    }

    private final Vendor<S> vendor;
    private final Clock clock;
    private final Duration margin;
    private final Supplier<List<String>> credentialSecrets;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile S current;
    private volatile long logins;

    /**
     * @param margin            a session this close to its expiry is renewed before it is used
     * @param credentialSecrets the login's own secrets (password, API key)
     */
    public SessionAuthentication(Vendor<S> vendor, Clock clock, Duration margin,
                                 Supplier<List<String>> credentialSecrets) {
        this.vendor = vendor;
        this.clock = clock;
        this.margin = margin;
        this.credentialSecrets = credentialSecrets;
    }

    @Override
    public Attempt begin(VendorOperation op) {
        return new Attempt() {
            private S used;
            private boolean renewed;

            @Override
            public VendorRequest apply(VendorRequest request) {
                used = session();
                return vendor.attach(used, request);
            }

            @Override
            public boolean renew(ConnectorException refusal) {
                if (renewed || !(refusal instanceof ConnectorException.AuthExpired)) {
                    return false;
                }
                renewed = true;
                invalidate(used);
                return true;
            }
        };
    }

    /** The current session, logging in first when there is none or it is about to expire. */
    public S session() {
        S session = current;
        if (valid(session)) {
            return session;
        }
        lock.lock();
        try {
            if (!valid(current)) {
                current = vendor.login();
                logins++;
            }
            return current;
        } finally {
            lock.unlock();
        }
    }

    /** How many logins this authentication has made, for tests and metrics. */
    public long logins() {
        return logins;
    }

    private boolean valid(S session) {
        return session != null && clock.instant().plus(margin).isBefore(vendor.expiresAt(session));
    }

    private void invalidate(S used) {
        lock.lock();
        try {
            if (current == used) {
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<String> secrets() {
        List<String> all = new ArrayList<>(credentialSecrets.get());
        S session = current;
        if (session != null) {
            all.addAll(vendor.secrets(session));
        }
        return all;
    }

    /** Logs out of the current session, if any; a failing logout is ignored, the session expires by itself. */
    @Override
    public void close() {
        lock.lock();
        try {
            S session = current;
            current = null;
            if (session != null) {
                try {
                    vendor.logout(session);
                } catch (RuntimeException ignored) {
                    // the vendor's idle expiry ends it anyway
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
