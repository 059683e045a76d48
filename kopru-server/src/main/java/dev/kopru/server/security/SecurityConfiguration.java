package dev.kopru.server.security;

import dev.kopru.server.app.KopruProperties;
import dev.kopru.sync.store.SyncStore;
import java.util.Map;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Health is open; everything else needs a login: HTTP Basic or a bearer API token for programs,
 * a session from the login form for the dashboard. Reads (and SQL reports) need VIEWER; running, pausing, replaying,
 * testing and writing records through a connection OPERATOR; defining connections, pipelines, users and tokens,
 * and moving a pipeline's state, ADMIN. Each role includes the ones below it.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** New hashes are {@code {sha256-bcrypt}}; {@code {bcrypt}} ones from before still verify (and are upgraded at login). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(PrehashedBcrypt.ID,
                Map.of(PrehashedBcrypt.ID, new PrehashedBcrypt(), "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    Users users(SyncStore store, PasswordEncoder encoder, ApplicationEventPublisher events) {
        return new Users(store, encoder, events);
    }

    /** The one way passwords are checked (Basic and the login form): bcrypt once, then remembered briefly. */
    @Bean
    VerifiedLogins verifiedLogins(Users users, PasswordEncoder encoder, SyncStore store) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(users);
        return new VerifiedLogins(passwords, users, store.clock());
    }

    @Bean
    ApiTokens apiTokens(SyncStore store, ApplicationEventPublisher events) {
        return new ApiTokens(store, events);
    }

    @Bean
    LoginThrottle loginThrottle(SyncStore store) {
        return new LoginThrottle(store.clock(), LoginThrottle.PER_USER, LoginThrottle.PER_ADDRESS);
    }

    @Bean
    ApplicationRunner firstAdmin(Users users, KopruProperties properties) {
        return args -> users.ensureFirstAdmin(properties.adminPassword());
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, LoginThrottle throttle, Users users,
                            JsonMapper json) throws Exception {
        SecurityProblems problems = new SecurityProblems(json);
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        // a refused page is remembered in the session to return to after the login form; a refused API call is
        // not (8,000 unauthenticated API calls used to leave 8,000 sessions), so API calls create no session at all
        HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
        pagesOnly.setRequestMatcher(new NegatedRequestMatcher(api));
        http.authorizeHttpRequests(auth -> auth
                        // the end of an event stream is an async re-dispatch of a request already authorized; a
                        // bearer token is not re-read there, so it would be refused after the stream was served
                        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/login").permitAll()
                        // users and tokens, even listing them: admins (before the rule that lets viewers read)
                        .requestMatchers("/api/v1/users/**", "/api/v1/tokens/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.VIEWER.name())
                        // a SQL report only reads (the connector refuses anything but SELECT)
                        .requestMatchers(HttpMethod.POST, "/api/v1/connections/*/sql", "/api/mikro/api/sql/query")
                        .hasRole(Role.VIEWER.name())
                        // defining connections and pipelines, and moving a pipeline's state: admins
                        .requestMatchers("/api/v1/pipelines/*/state").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/connections", "/api/v1/pipelines").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/connections/*", "/api/v1/pipelines/*").hasRole(Role.ADMIN.name())
                        // operators run, pause, resume and replay pipelines, test connections and write records
                        // through the API (the vendor's own rules still apply)
                        .requestMatchers("/api/**").hasRole(Role.OPERATOR.name())
                        .anyRequest().authenticated())
                // not a bean: a Filter bean would also run outside the security chain
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionGuard(users, problems), AuthorizationFilter.class)
                // the API answers 401/403 as problem+json; dashboard pages go to the login form
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAccessDeniedHandlerFor(problems, api))
                // a wrong Basic password on an API call: the same 401 problem
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .requestCache(cache -> cache.requestCache(pagesOnly))
                .formLogin(form -> form.loginPage("/login"))
                // a session cookie is sent by the browser whatever page made the request, so every state-changing
                // request on a session carries the token (double submit: the XSRF-TOKEN cookie's value in the
                // X-XSRF-TOKEN header, or _csrf in a form); Basic and bearer callers name themselves in every request
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER,
                                request -> request.getHeader("Authorization") == null))
                        // the login form has no session to protect yet
                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
        return http.build();
    }

    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository cookie = CookieCsrfTokenRepository.withHttpOnlyFalse(); // the script reads it
        cookie.setCookieCustomizer(c -> c.sameSite("Strict"));
        return cookie;
    }
}
