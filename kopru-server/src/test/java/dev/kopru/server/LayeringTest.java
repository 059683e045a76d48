package dev.kopru.server;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.kopru.sync.store.Tx;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md ("The parts") and STYLE.md, checked on the compiled main classes of every module: this
 * module's test class path holds them all. A vendor is any {@code dev.kopru.<vendor>} package that is not one of our
 * shared modules, so a new connector (Logo, DIA) is covered the day it is added.
 */
class LayeringTest {

    /** Root packages of the shared modules; every other {@code dev.kopru.<name>} is a vendor's. */
    private static final Set<String> SHARED = Set.of("core", "connector", "testkit", "sync", "server", "bench");

    /**
     * Today's classes outside kopru-sync that run SQL through the engine's store ({@link Tx}) or use JDBC types.
     * The list may only shrink: a new class doing so fails the rule.
     */
    private static final Set<String> RUNS_SQL_OUTSIDE_THE_ENGINE = Set.of(
            // The server's own tables (its migrations in db/kopru-server: api_tokens, users, pipeline_schedules,
            // idempotency_keys, queued_replays),
            // in the same database and transactions as the engine's: the server owns these, the engine never reads them.
            "dev.kopru.server.security.ApiTokens",
            "dev.kopru.server.security.Users",
            "dev.kopru.server.entities.IdempotencyKeys",
            "dev.kopru.server.pipelines.ScheduleTable",
            "dev.kopru.server.pipelines.ReplayQueue",
            // Reads the engine's runs joined with pipelines (filters, paging): debt until kopru-sync offers this
            // query itself (issue 11, "the engine owns its tables").
            "dev.kopru.server.runs.RunQueries",
            // Hands the server's DataSource (javax.sql) to the store's configuration; runs no SQL.
            "dev.kopru.server.app.EngineConfiguration");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kopru");
        // Guard against passing vacuously: every module's classes must be here.
        for (String pkg : Set.of("dev.kopru.core", "dev.kopru.connector.kit", "dev.kopru.testkit", "dev.kopru.sync",
                "dev.kopru.server", "dev.kopru.mikro.client", "dev.kopru.mikro.sandbox", "dev.kopru.farmaborsa.client",
                "dev.kopru.farmaborsa.sandbox", "dev.kopru.wiradius.client", "dev.kopru.wiradius.sandbox")) {
            assertThat(main.stream().anyMatch(c -> c.getPackageName().startsWith(pkg))).as(pkg).isTrue();
        }
    }

    @Test
    void core_depends_on_nothing_of_ours_and_on_no_framework() {
        classes().that().resideInAPackage("dev.kopru.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.kopru.core..", "java..")
                .because("kopru-core is the canonical model and the SPI: no framework, no I/O (DESIGN.md)")
                .check(main);
    }

    @Test
    void connector_clients_depend_only_on_core_the_kit_jackson_and_the_jdk() {
        classes().that(are("in a connector client", LayeringTest::inClient))
                .should(dependOnlyOn("core, the kit, Jackson, the JDK and their own vendor's client", (origin, target) ->
                        target.getPackageName().startsWith("java.")
                                || target.getPackageName().startsWith("com.fasterxml.jackson.")
                                || target.getPackageName().startsWith("dev.kopru.core")
                                || target.getPackageName().startsWith("dev.kopru.connector.kit")
                                || (inClient(target) && vendor(target).equals(vendor(origin)))))
                .because("a developer can call a vendor from any Java program, without the server or Spring"
                        + " (DESIGN.md); kopru-sync, kopru-server, Javalin and sandboxes stay out")
                .check(main);
    }

    @Test
    void sandboxes_share_no_wire_classes_with_any_client() {
        noClasses().that(are("in a sandbox", LayeringTest::inSandbox))
                .should().dependOnClassesThat(are("in a connector client", LayeringTest::inClient))
                .because("a sandbox is written from the vendor's docs, not from the client (DESIGN.md)")
                .check(main);
    }

    @Test
    void nothing_outside_the_server_depends_on_spring() {
        noClasses().that().resideOutsideOfPackage("dev.kopru.server..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("kopru-server is the only Spring Boot module (DESIGN.md)")
                .check(main);
    }

    @Test
    void no_main_code_builds_a_dynamic_proxy_or_invokes_a_method_by_reflection() {
        noClasses()
                .should().dependOnClassesThat().belongToAnyOf(Proxy.class, InvocationHandler.class)
                .orShould().callMethod(Method.class, "invoke", Object.class, Object[].class)
                .because("one interceptor chain wraps connectors; a proxy picking methods by name fails at run time")
                .check(main);
    }

    @Test
    void only_the_engine_runs_sql_on_its_store() {
        noClasses().that().resideOutsideOfPackage("dev.kopru.sync..")
                .and(are("outside the sandboxes", c -> !inSandbox(c))) // a sandbox emulates its vendor's own database
                .and(are("not on today's list", c -> !RUNS_SQL_OUTSIDE_THE_ENGINE.contains(outermost(c).getName())))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .orShould().callMethodWhere(target(owner(equivalentTo(Tx.class)))
                        .and(target(nameMatching("update|insert|query|queryOne|count|instant"))))
                .because("a module's tables and transactions belong to it (STYLE.md); a Tx may be passed through,"
                        + " not queried")
                .check(main);
    }

    @Test
    void internal_packages_are_used_only_within_their_own_module() {
        classes().that().resideInAPackage("..internal..")
                .should(new ArchCondition<>("be accessed only from their own module") {
                    @Override
                    public void check(JavaClass internal, ConditionEvents events) {
                        String module = module(internal);
                        for (Dependency d : internal.getDirectDependenciesToSelf()) {
                            boolean ok = module(d.getOriginClass()).equals(module);
                            events.add(new SimpleConditionEvent(d, ok, d.getDescription()));
                        }
                    }
                })
                .allowEmptyShould(true) // until a module has an internal package
                .check(main);
    }

    /** {@code dev.kopru.<vendor>} of a vendor's class, empty for the shared modules and for other libraries. */
    private static Optional<String> vendor(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        if (parts.length < 3 || !parts[0].equals("dev") || !parts[1].equals("kopru") || SHARED.contains(parts[2])) {
            return Optional.empty();
        }
        return Optional.of(parts[2]);
    }

    private static boolean inSandbox(JavaClass c) {
        return vendor(c).isPresent() && (c.getPackageName() + ".").contains(".sandbox.");
    }

    private static boolean inClient(JavaClass c) {
        return vendor(c).isPresent() && !inSandbox(c);
    }

    /** The root package of the Maven module that holds {@code c}. */
    private static String module(JavaClass c) {
        String pkg = c.getPackageName();
        if (vendor(c).isPresent()) {
            return "dev.kopru." + vendor(c).get() + (inSandbox(c) ? ".sandbox" : "");
        }
        if (pkg.startsWith("dev.kopru.connector.kit")) {
            return "dev.kopru.connector.kit";
        }
        return pkg.startsWith("dev.kopru.") ? "dev.kopru." + pkg.split("\\.")[2] : pkg;
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static DescribedPredicate<JavaClass> are(String description, Predicate<JavaClass> test) {
        return DescribedPredicate.describe(description, test);
    }

    private static ArchCondition<JavaClass> dependOnlyOn(
            String what, BiPredicate<JavaClass, JavaClass> allowed) {
        return new ArchCondition<>("depend only on " + what) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    boolean ok = target.isPrimitive() || target.isArray() && target.getBaseComponentType().isPrimitive()
                            || allowed.test(origin, target.isArray() ? target.getBaseComponentType() : target);
                    events.add(new SimpleConditionEvent(d, ok, d.getDescription()));
                }
            }
        };
    }
}
