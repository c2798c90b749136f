package ru.masterskaya.infrastructure.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open what. URL rules give the coarse cut by role; services check the organisation scope
 * of every record, so a deputy of school A cannot reach a person of school B by guessing a link.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String[] REGISTRY_MANAGERS = {"ADMINISTRATOR", "COORDINATOR", "INSTITUTION_COORDINATOR"};

    /**
     * The self-diagnosis behind a personal link, a pair's journal behind the one-time link of a
     * reminder (/p/**), and the public verification page of a document (/v/**, open to anyone, rate
     * limited per address): the token or code in the address is the only credential,
     * so the pages keep no session (thousands of respondents leave no session rows) and need no
     * CSRF token, as no cookie carries any authority there.
     */
    @Bean
    @Order(1)
    SecurityFilterChain personalLinkChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/d/**", "/p/**", "/v/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/login", "/password/**", "/account/activate/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers("/organisations/new", "/organisations/*/edit", "/organisations/import/**")
                        .hasAnyRole("ADMINISTRATOR", "COORDINATOR")
                        .requestMatchers(HttpMethod.GET, "/organisations", "/organisations/export", "/organisations/*")
                        .hasAnyRole(REGISTRY_MANAGERS)
                        .requestMatchers("/organisations/**")
                        .hasAnyRole("ADMINISTRATOR", "COORDINATOR")
                        .requestMatchers("/people/**", "/people")
                        .hasAnyRole(REGISTRY_MANAGERS)
                        .requestMatchers(HttpMethod.GET, "/topics")
                        .hasAnyRole(REGISTRY_MANAGERS)
                        .requestMatchers("/topics/**")
                        .hasAnyRole("ADMINISTRATOR", "COORDINATOR")
                        .requestMatchers(HttpMethod.GET, "/instruments", "/instruments/*", "/instruments/*/versions/**")
                        .hasAnyRole(REGISTRY_MANAGERS)
                        .requestMatchers("/instruments/**", "/instruments")
                        .hasAnyRole("ADMINISTRATOR", "COORDINATOR")
                        .requestMatchers("/campaigns/new", "/campaigns/new/**")
                        .hasAnyRole(REGISTRY_MANAGERS)
                        .requestMatchers(HttpMethod.GET, "/campaigns", "/campaigns/*", "/campaigns/*/needs")
                        .hasAnyRole("ADMINISTRATOR", "COORDINATOR", "INSTITUTION_COORDINATOR", "VIEWER")
                        .requestMatchers("/campaigns/**", "/campaigns")
                        .hasAnyRole(REGISTRY_MANAGERS)
                        .requestMatchers("/matching/**", "/matching")
                        .hasAnyRole(REGISTRY_MANAGERS)
                        .requestMatchers("/practice/settings", "/practice/settings/**", "/practice/pairs/new")
                        .hasAnyRole("ADMINISTRATOR", "COORDINATOR")
                        .requestMatchers("/pairs/**", "/my/pairs")
                        .authenticated()
                        .requestMatchers("/practice/board", "/practice/board/**")
                        .hasAnyRole(REGISTRY_MANAGERS)
                        .requestMatchers("/practice/attention/**")
                        .hasAnyRole("ADMINISTRATOR", "COORDINATOR")
                        .requestMatchers(HttpMethod.POST, "/documents/templates/**", "/documents/settings")
                        .hasAnyRole("ADMINISTRATOR", "COORDINATOR")
                        .requestMatchers("/documents/**", "/documents")
                        .hasAnyRole(REGISTRY_MANAGERS)
                        .anyRequest()
                        .authenticated())
                .formLogin(login -> login
                        .loginPage("/login")
                        .failureHandler(new LoginFailureHandler())
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
