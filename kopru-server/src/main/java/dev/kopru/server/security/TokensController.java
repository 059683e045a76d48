package dev.kopru.server.security;

import dev.kopru.server.app.ItemPage;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tokens}: bearer tokens for programs ({@code Authorization: Bearer <token>}). */
@RestController
@RequestMapping("/api/v1/tokens")
class TokensController {

    record NewToken(String name, String role) {
    }

    /** The answer to a create: the token's record and, this once, the token. */
    record IssuedToken(long id, String name, Role role, String createdBy, java.time.Instant createdAt, String token) {
        @Override
        public String toString() {
            return "IssuedToken[id=" + id + ", name=" + name + ", role=" + role + ", token=****]";
        }
    }

    private final ApiTokens tokens;

    TokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a token with a role no higher than your own; the token is shown only in this answer")
    IssuedToken issue(@RequestBody NewToken body, Authentication caller) {
        ApiTokens.Issued issued = tokens.issue(body.name(), Role.parse("role", body.role()), caller.getName(),
                Role.highest(caller.getAuthorities()));
        ApiTokens.TokenInfo info = issued.info();
        return new IssuedToken(info.id(), info.name(), info.role(), info.createdBy(), info.createdAt(), issued.token());
    }

    @GetMapping
    @Operation(summary = "List the tokens (names, roles, last use; never the tokens themselves)")
    ItemPage<?> list() {
        return ItemPage.of(tokens.list());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token: it stops working at once")
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
