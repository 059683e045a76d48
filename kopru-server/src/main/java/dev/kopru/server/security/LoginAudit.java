package dev.kopru.server.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** Notes failed logins by user name and reason, never with what was typed as the password. */
@Component
class LoginAudit {

    private static final Logger LOG = LoggerFactory.getLogger(LoginAudit.class);

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        LOG.warn("login failed for user '{}': {}", event.getAuthentication().getName(),
                event.getException().getClass().getSimpleName());
    }
}
