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

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.masterskaya.MasterskayaIntegrationTest;
import ru.masterskaya.registry.CurrentUser;
import ru.masterskaya.registry.Municipality;
import ru.masterskaya.registry.MunicipalityRepository;
import ru.masterskaya.registry.Region;
import ru.masterskaya.registry.RegionRepository;
import ru.masterskaya.registry.RegistryFixtures;

@MasterskayaIntegrationTest
class TerritoryAdministrationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    RegionRepository regions;

    @Autowired
    MunicipalityRepository municipalities;

    CurrentUser administrator;
    Region region;
    Municipality municipality;

    @BeforeEach
    void anAdministratorAndARegionWithAMunicipality() {
        region = registry.region();
        municipality = registry.municipality(region);
        administrator = registry.administrator(registry.school(municipality));
    }

    @Test
    void theListShowsRegionsWithTheirMunicipalities() throws Exception {
        mvc.perform(get("/admin/territories").with(user(administrator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(region.getName())))
                .andExpect(content().string(containsString(municipality.getName())));
    }

    @Test
    void administratorAddsARegionAndAMunicipalityAndRenamesThem() throws Exception {
        String name = "Новая область " + UUID.randomUUID();
        save("/admin/territories/regions", "  " + name + " ").andExpect(redirectedUrl("/admin/territories"));
        Region created = regions.findByName(name).orElseThrow();

        save("/admin/territories/regions/" + created.getId() + "/municipalities", "Город Северный").andExpect(redirectedUrl("/admin/territories"));
        Municipality town = municipalities.findByRegionAndName(created, "Город Северный").orElseThrow();

        save("/admin/territories/regions/" + created.getId(), name + " (переименована)").andExpect(redirectedUrl("/admin/territories"));
        save("/admin/territories/municipalities/" + town.getId(), "Городской округ Северный").andExpect(redirectedUrl("/admin/territories"));

        assertThat(regions.findById(created.getId()).orElseThrow().getName()).isEqualTo(name + " (переименована)");
        assertThat(municipalities.findById(town.getId()).orElseThrow().getName()).isEqualTo("Городской округ Северный");
    }

    @Test
    void aNameIsRequired() throws Exception {
        save("/admin/territories/regions", " ")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите название.")));
        save("/admin/territories/municipalities/" + municipality.getId(), "")
                .andExpect(content().string(containsString("Укажите название.")));
        assertThat(municipalities.findById(municipality.getId()).orElseThrow().getName()).isEqualTo(municipality.getName());
    }

    @Test
    void regionNamesAreUniqueIgnoringLetterCase() throws Exception {
        save("/admin/territories/regions", region.getName().toUpperCase())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Регион с таким названием уже есть.")));

        Region other = registry.region();
        save("/admin/territories/regions/" + other.getId(), region.getName())
                .andExpect(content().string(containsString("Регион с таким названием уже есть.")));
        assertThat(regions.findById(other.getId()).orElseThrow().getName()).isEqualTo(other.getName());
    }

    @Test
    void municipalityNamesAreUniqueWithinTheirRegion() throws Exception {
        save("/admin/territories/regions/" + region.getId() + "/municipalities", municipality.getName())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("В этом регионе уже есть муниципалитет с таким названием.")));

        Region other = registry.region();
        save("/admin/territories/regions/" + other.getId() + "/municipalities", municipality.getName())
                .andExpect(redirectedUrl("/admin/territories"));
    }

    @Test
    void aNameTooLongIsRefused() throws Exception {
        save("/admin/territories/regions", "О".repeat(201))
                .andExpect(content().string(containsString("Слишком длинное значение: не больше 200 символов.")));
    }

    private ResultActions save(String url, String name) throws Exception {
        return mvc.perform(post(url).with(user(administrator)).with(csrf()).param("name", name));
    }
}
