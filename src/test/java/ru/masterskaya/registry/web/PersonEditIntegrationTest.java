package ru.masterskaya.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Organisation;
import ru.masterskaya.registry.Person;
import ru.masterskaya.registry.PersonRepository;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class PersonEditIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    PersonRepository people;

    Organisation school;
    CurrentUser deputy;
    Person teacher;

    @BeforeEach
    void aSchoolWithItsDeputyAndATeacher() {
        school = registry.school(registry.municipality());
        deputy = registry.deputyOf(school);
        teacher = registry.teacher(school, "Кузнецова", "Ирина");
    }

    @Test
    void savesAValidEdit() throws Exception {
        mvc.perform(edit(teacher, teacher.getVersion(), "position", "учитель-методист"))
                .andExpect(status().is3xxRedirection());

        assertThat(people.findById(teacher.getId()).orElseThrow().getPosition()).isEqualTo("учитель-методист");
    }

    @Test
    void showsEachErrorNextToItsFieldInRussian() throws Exception {
        String html = mvc.perform(edit(teacher, teacher.getVersion(), "email", "ivanov@", "lastName", "", "birthYear", "2020"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("#email-errors").text()).isEqualTo("Это не адрес электронной почты: нужен вид name@example.ru.");
        assertThat(page.select("#lastName-errors").text()).isEqualTo("Укажите фамилию.");
        assertThat(page.select("#birthYear-errors").text()).contains("Год рождения слишком поздний");
        assertThat(page.select("#email").val()).isEqualTo("ivanov@");
        assertThat(people.findById(teacher.getId()).orElseThrow().getEmail()).isEqualTo(teacher.getEmail());
    }

    @Test
    void refusesAnEmailThatAnotherPersonUses() throws Exception {
        Person other = registry.teacher(school, "Орлова", "Ольга");

        String html = mvc.perform(edit(teacher, teacher.getVersion(), "email", other.getEmail().toUpperCase()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select("#email-errors").text()).isEqualTo("Этот адрес электронной почты уже есть в реестре у другого человека.");
    }

    @Test
    void staleEditAnswersConflictAndKeepsWhatTheUserTyped() throws Exception {
        long versionTheUserOpened = teacher.getVersion();
        mvc.perform(edit(teacher, versionTheUserOpened, "position", "педагог-организатор"))
                .andExpect(status().is3xxRedirection());

        String html = mvc.perform(edit(teacher, versionTheUserOpened, "position", "учитель истории"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("#position").val()).isEqualTo("учитель истории");
        assertThat(page.select("#conflict tbody tr").text()).isEqualTo("Должность учитель истории педагог-организатор");
        assertThat(people.findById(teacher.getId()).orElseThrow().getPosition()).isEqualTo("педагог-организатор");
    }

    /** The form as the browser sends it, with the fields the test overrides. */
    private MockHttpServletRequestBuilder edit(Person person, long version, String... overrides) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("organisationId", school.getId().toString());
        form.put("lastName", person.getLastName());
        form.put("firstName", person.getFirstName());
        form.put("middleName", person.getMiddleName());
        form.put("email", person.getEmail());
        form.put("position", person.getPosition());
        form.put("category", person.getCategory().name());
        form.put("experienceSinceYear", "2010");
        form.put("birthYear", "1985");
        form.put("active", "true");
        form.put("version", String.valueOf(version));
        for (int i = 0; i < overrides.length; i += 2) {
            form.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/people/{id}/edit", person.getId()).with(user(deputy)).with(csrf());
        form.forEach((name, value) -> request.param(name, value));
        return request;
    }
}
