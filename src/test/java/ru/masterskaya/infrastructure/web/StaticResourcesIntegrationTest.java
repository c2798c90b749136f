package ru.masterskaya.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.masterskaya.MasterskayaIntegrationTest;

/** Static files come from their own folders and WebJars, cached for a week; nothing else is looked up as a file. */
@MasterskayaIntegrationTest
class StaticResourcesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void ourStylesScriptsImagesAndWebJarsAreServedAndCachedForAWeek() throws Exception {
        for (String path : new String[] {"/css/masterskaya.css", "/js/masterskaya.js", "/images/favicon.svg",
                "/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js"}) {
            mvc.perform(get(path)).andExpect(status().isOk()).andExpect(header().string("Cache-Control", containsString("max-age=604800")));
        }
    }

    @Test
    void aFileOutsideTheStaticFoldersIsNotServed() throws Exception {
        for (String path : new String[] {"/application.properties", "/static/css/masterskaya.css", "/masterskaya.css"}) {
            mvc.perform(get(path)).andExpect(result -> assertThat(result.getResponse().getStatus()).as(path).isNotEqualTo(200));
        }
    }
}
