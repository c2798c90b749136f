package ru.masterskaya.infrastructure.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Two saves of one record that pass the forms' version check at the same instant still collide
 * at commit; the loser gets the 409 page, not a server error.
 */
@ControllerAdvice
class ConcurrentChangeAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentChangeAdvice.class);

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(OptimisticLockingFailureException e) {
        log.info("Concurrent change refused: {}", e.getMessage());
        return "error/409";
    }
}
