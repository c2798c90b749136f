package ru.masterskaya.practice;

/** A file as it arrived from the browser, before {@link PracticeFileRules} accepted it. */
public record UploadedFile(String fileName, String contentType, byte[] content) {

    public boolean isEmpty() {
        return fileName.isBlank() && content.length == 0;
    }
}
