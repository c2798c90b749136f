package ru.masterskaya.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.OrganisationType;
import ru.masterskaya.registry.OrganisationTypeRepository;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class OrganisationTypeAdministrationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    OrganisationTypeRepository types;

    CurrentUser administrator;

    @BeforeEach
    void anAdministrator() {
        administrator = registry.administrator(registry.school(registry.municipality()));
    }

    @Test
    void administratorAddsATypeWithALatinCode() throws Exception {
        String code = "sports_school_" + RegistryFixtures.unique();

        mvc.perform(create(code, "Спортивная школа " + code, "35").param("preschool", "true"))
                .andExpect(redirectedUrl("/admin/organisation-types"));

        OrganisationType type = types.findById(code.toUpperCase()).orElseThrow();
        assertThat(type.getName()).isEqualTo("Спортивная школа " + code);
        assertThat(type.isPreschool()).isTrue();
        assertThat(type.isActive()).isTrue();
        assertThat(type.getSortOrder()).isEqualTo(35);
        mvc.perform(get("/admin/organisation-types").with(user(administrator)))
                .andExpect(content().string(containsString(code.toUpperCase())));
    }

    @Test
    void theCodeMustBeLatin() throws Exception {
        mvc.perform(create("Школа", "Школа-интернат", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Код начинается с латинской буквы")));
        mvc.perform(create("", "Школа-интернат", "10"))
                .andExpect(content().string(containsString("Укажите код.")));
    }

    @Test
    void codesAndNamesAreUnique() throws Exception {
        mvc.perform(create("school", "Совсем другая школа " + RegistryFixtures.unique(), "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Тип с таким кодом уже есть.")));
        mvc.perform(create("T" + RegistryFixtures.unique(), "общеобразовательная школа", "10"))
                .andExpect(content().string(containsString("Тип с таким названием уже есть.")));
    }

    @Test
    void nameAndSortOrderAreChecked() throws Exception {
        mvc.perform(create("T" + RegistryFixtures.unique(), " ", "10000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите название.")))
                .andExpect(content().string(containsString("Порядок — целое число от 0 до 9999.")));
    }

    @Test
    void editingChangesTheDescriptionButNeverTheCode() throws Exception {
        String code = "T" + RegistryFixtures.unique();
        mvc.perform(create(code, "Лицей " + code, "70")).andExpect(redirectedUrl("/admin/organisation-types"));
        long version = types.findById(code).orElseThrow().getVersion();

        mvc.perform(get("/admin/organisation-types/{code}/edit", code).with(user(administrator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Лицей " + code)));
        mvc.perform(post("/admin/organisation-types/{code}/edit", code)
                        .with(user(administrator)).with(csrf())
                        .param("code", "HACKED")
                        .param("name", "Гимназия " + code)
                        .param("sortOrder", "75")
                        .param("_preschool", "on")
                        .param("_active", "on")
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/organisation-types"));

        OrganisationType type = types.findById(code).orElseThrow();
        assertThat(type.getName()).isEqualTo("Гимназия " + code);
        assertThat(type.getSortOrder()).isEqualTo(75);
        assertThat(type.isActive()).isFalse();
        assertThat(types.findById("HACKED")).isEmpty();
    }

    @Test
    void aStaleEditIsRefused() throws Exception {
        String code = "T" + RegistryFixtures.unique();
        mvc.perform(create(code, "Колледж " + code, "80")).andExpect(redirectedUrl("/admin/organisation-types"));

        mvc.perform(post("/admin/organisation-types/{code}/edit", code)
                        .with(user(administrator)).with(csrf())
                        .param("name", "Колледж искусств " + code)
                        .param("sortOrder", "80")
                        .param("active", "true")
                        .param("version", "42"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Этот тип только что изменил другой администратор.")));
        assertThat(types.findById(code).orElseThrow().getName()).isEqualTo("Колледж " + code);
    }

    private MockHttpServletRequestBuilder create(String code, String name, String sortOrder) {
        return post("/admin/organisation-types")
                .with(user(administrator)).with(csrf())
                .param("code", code)
                .param("name", name)
                .param("sortOrder", sortOrder)
                .param("active", "true");
    }
}
