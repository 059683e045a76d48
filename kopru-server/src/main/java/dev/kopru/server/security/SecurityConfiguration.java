package dev.kopru.server.security;

import dev.kopru.server.app.KopruProperties;
import dev.kopru.sync.store.SyncStore;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Health is open; everything else needs a login: HTTP Basic or a bearer API token for programs,
 * a session from the login form for the dashboard. Reads need VIEWER, running and replaying OPERATOR, changing
 * definitions (connections, pipelines, users) ADMIN.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Users users(SyncStore store, PasswordEncoder encoder) {
        return new Users(store, encoder);
    }

    @Bean
    ApplicationRunner firstAdmin(Users users, KopruProperties properties) {
        return args -> users.ensureFirstAdmin(properties.adminPassword());
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/login").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.VIEWER.name())
                        // operators run, pause, resume and replay; the paths name the action
                        .requestMatchers(HttpMethod.POST, "/api/v1/pipelines/*/run", "/api/v1/pipelines/*/pause",
                                "/api/v1/pipelines/*/resume", "/api/v1/pipelines/*/dead-letters/**",
                                "/api/v1/connections/*/test").hasRole(Role.OPERATOR.name())
                        .requestMatchers("/api/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults())
                // the API is called with Basic or a bearer token; the dashboard's session cookie is SameSite=Strict
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
