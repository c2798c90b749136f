package ru.masterskaya.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class ConcurrentChangeAdviceIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Test
    void saveThatLosesARaceAtCommitGetsTheConflictPageInRussian() throws Exception {
        var teacher = registry.teacherAccount(registry.school(registry.municipality()));

        String page = mvc.perform(get("/test/losing-save").with(user(teacher)))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Конфликт изменений").doesNotContain("Exception");
    }

    @TestConfiguration
    static class LosingSave {

        @Bean
        LosingSaveController losingSaveController() {
            return new LosingSaveController();
        }
    }

    /** Stands for any save whose row another node changed between the version check and the commit. */
    @Controller
    static class LosingSaveController {

        @GetMapping("/test/losing-save")
        String save() {
            throw new ObjectOptimisticLockingFailureException("Person", "42");
        }
    }
}
