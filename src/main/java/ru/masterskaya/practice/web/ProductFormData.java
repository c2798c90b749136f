package ru.masterskaya.practice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.practice.PracticeProduct;
import ru.masterskaya.practice.ProductParameters;
import ru.masterskaya.practice.UploadedFile;

/** The product the master records: a title, a kind, and a link or a file. */
class ProductFormData {

    @NotBlank(message = "{productForm.title.required}")
    @Size(max = 300, message = "{productForm.title.size}")
    private @Nullable String title;

    @NotBlank(message = "{productForm.kind.required}")
    @Size(max = 100, message = "{productForm.kind.size}")
    private @Nullable String kind;

    @Size(max = 1000, message = "{productForm.link.size}")
    @Pattern(regexp = "^(https?://\\S+)?$", message = "{productForm.link.format}")
    private @Nullable String link;

    static ProductFormData from(@Nullable PracticeProduct product, @Nullable String expectedProduct) {
        ProductFormData form = new ProductFormData();
        if (product != null) {
            form.title = product.title();
            form.kind = product.kind();
            form.link = product.link();
        } else {
            form.title = expectedProduct;
        }
        return form;
    }

    boolean hasLink() {
        return link != null && !link.isBlank();
    }

    ProductParameters toParameters(@Nullable UploadedFile file) {
        return new ProductParameters(Objects.requireNonNull(title), Objects.requireNonNull(kind), link == null ? null : link.strip(), file);
    }

    public @Nullable String getTitle() { return title; }
    public void setTitle(@Nullable String title) { this.title = title; }
    public @Nullable String getKind() { return kind; }
    public void setKind(@Nullable String kind) { this.kind = kind; }
    public @Nullable String getLink() { return link; }
    public void setLink(@Nullable String link) { this.link = link; }
}
