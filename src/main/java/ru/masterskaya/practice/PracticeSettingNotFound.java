package ru.masterskaya.practice;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such reason or rubric criterion. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PracticeSettingNotFound extends RuntimeException {

    public PracticeSettingNotFound(UUID id) {
        super("practice setting not found: " + id);
    }
}
