package ru.masterskaya.infrastructure;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** One clock for all modules, in the service's time zone, so that tests can move time. */
    @Bean
    Clock clock(MasterskayaProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
