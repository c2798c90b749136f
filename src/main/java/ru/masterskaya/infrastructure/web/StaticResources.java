package ru.masterskaya.infrastructure.web;

import java.util.List;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files are served from their own folders only, not under {@code /**} as Spring Boot maps them
 * by default ({@code spring.web.resources.add-mappings=false}). With the WebJars resource chain, a
 * {@code /**} mapping makes every link a page writes look itself up on the classpath first: on the
 * practice board (50 rows of links) that was most of the page's CPU.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    static final List<String> FOLDERS = List.of("css", "js", "images");

    private final CacheControl cache;

    StaticResources(WebProperties web) {
        this.cache = CacheControl.maxAge(web.getResources().getCache().getPeriod()).cachePublic();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(cache).resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        for (String folder : FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(cache);
        }
    }
}
