package ru.masterskaya.documents.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a coordinator revokes a document; the reason stays in the register. */
record RevokeFormData(@NotBlank(message = "{documents.revoke.reason.required}") @Size(max = 1000, message = "{documents.revoke.reason.size}") String reason) {

    static RevokeFormData empty() {
        return new RevokeFormData("");
    }
}
