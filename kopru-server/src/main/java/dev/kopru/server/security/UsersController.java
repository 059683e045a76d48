package dev.kopru.server.security;

import dev.kopru.server.app.ItemPage;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users}: who may log in, with which role (admins only, see {@link SecurityConfiguration}). */
@RestController
@RequestMapping("/api/v1/users")
class UsersController {

    record NewUser(String username, String password, String role) {
        @Override
        public String toString() {
            return "NewUser[username=" + username + ", role=" + role + "]";
        }
    }

    record NewPassword(String password) {
        @Override
        public String toString() {
            return "NewPassword[****]";
        }
    }

    private final Users users;

    UsersController(Users users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "List the users and their roles (never their passwords)")
    ItemPage<?> list() {
        List<Users.Account> all = users.list();
        return ItemPage.of(all);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a user with a password (8 characters or more) and a role: VIEWER, OPERATOR or ADMIN")
    Users.Account add(@RequestBody NewUser user) {
        return users.add(user.username(), user.password(), Role.parse("role", user.role()));
    }

    /** {@code {"disabled": true}} or {@code false}. */
    record Status(boolean disabled) {
    }

    @PutMapping("/{name}/status")
    @Operation(summary = "Disable or enable a user: a disabled user cannot log in and its sessions and event streams"
            + " end (not yourself, not the last enabled admin)")
    Users.Account setStatus(@PathVariable String name, @RequestBody Status body, Authentication caller) {
        users.setDisabled(name, body.disabled(), caller.getName());
        return users.find(name).orElseThrow();
    }

    @DeleteMapping("/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a user: its sessions and event streams end (not yourself, not the last enabled admin)")
    void delete(@PathVariable String name, Authentication caller) {
        users.delete(name, caller.getName());
    }

    @PutMapping("/{name}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a user's password")
    void setPassword(@PathVariable String name, @RequestBody NewPassword body) {
        if (users.find(name).isEmpty()) {
            throw new dev.kopru.server.problems.NotFoundException("user '" + name + "': no such user");
        }
        users.setPassword(name, body.password());
    }
}
