package dev.kopru.connector.kit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kopru.core.connector.ConnectionConfig;
import dev.kopru.core.connector.ConnectorDescriptor;
import dev.kopru.core.connector.Limits;
import dev.kopru.core.input.InvalidInputException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigSpecTest {

    static final class Target {
        String url;
        String password;
        Integer branch;
        Duration wait;
    }

    private static final ConfigSpec<Target> SPEC = ConfigSpec.<Target>builder("demo")
            .text("baseUrl", "the API's URL", (t, v) -> t.url = v)
            .secret("password", "the user's password", (t, v) -> t.password = v)
            .wholeNumber("branch", "the branch number", false, null, (t, v) -> t.branch = v)
            .duration("maxWait", "how long to wait", Duration.ofMinutes(2), (t, v) -> t.wait = v)
            .build();

    private static ConnectionConfig config(Map<String, String> values) {
        ConnectorDescriptor descriptor = new ConnectorDescriptor("demo", "Demo", List.of(),
                new Limits(10, 100, Optional.empty(), Optional.empty()), SPEC.fields());
        return ConnectionConfig.of(descriptor, values);
    }

    @Test
    void binds_every_field_with_its_default_and_its_kind() {
        Target target = SPEC.bind(config(Map.of("baseUrl", "http://x", "password", "p4ssword", "branch", " 7 ")),
                new Target());

        assertThat(target.url).isEqualTo("http://x");
        assertThat(target.password).isEqualTo("p4ssword");
        assertThat(target.branch).isEqualTo(7);
        assertThat(target.wait).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void a_value_not_of_its_kind_is_refused_naming_the_field() {
        assertThatThrownBy(() -> SPEC.bind(config(Map.of("baseUrl", "http://x", "password", "p", "branch", "seven")),
                new Target())).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("branch");
                    assertThat(e.reason()).contains("'seven' is not a whole number");
                });
        assertThatThrownBy(() -> SPEC.bind(config(Map.of("baseUrl", "http://x", "password", "p", "maxWait", "-PT1S")),
                new Target())).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("maxWait"));
    }

    @Test
    void the_descriptor_fields_say_what_is_required_and_secret() {
        assertThat(SPEC.fields()).extracting(f -> f.name() + ":" + f.required() + ":" + f.secret())
                .containsExactly("baseUrl:true:false", "password:true:true", "branch:false:false",
                        "maxWait:false:false");
    }

    @Test
    void an_optional_secret_is_secret_and_not_required() {
        ConfigSpec<Target> spec = ConfigSpec.<Target>builder("demo")
                .optionalSecret("clientSecret", "the client's secret", (t, v) -> t.password = v).build();

        assertThat(spec.fields()).singleElement().satisfies(f -> {
            assertThat(f.required()).isFalse();
            assertThat(f.secret()).isTrue();
        });
        assertThat(spec.markdownTable()).contains("| `clientSecret` | secret | no |  | the client's secret |");
    }

    @Test
    void renders_the_docs_table_in_declaration_order() {
        assertThat(SPEC.markdownTable()).isEqualTo("""
                | field | kind | required | default | description |
                | --- | --- | --- | --- | --- |
                | `baseUrl` | text | yes |  | the API's URL |
                | `password` | secret | yes |  | the user's password |
                | `branch` | whole number | no |  | the branch number |
                | `maxWait` | duration (PT1M, or seconds) | no | `PT2M` | how long to wait |
                """);
    }
}
