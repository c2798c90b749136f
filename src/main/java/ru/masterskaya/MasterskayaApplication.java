package ru.masterskaya;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MasterskayaApplication {

    public static void main(String[] args) {
        SpringApplication.run(MasterskayaApplication.class, args);
    }
}
