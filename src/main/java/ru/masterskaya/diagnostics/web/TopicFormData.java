package ru.masterskaya.diagnostics.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.Topic;
import ru.masterskaya.diagnostics.TopicBlock;
import ru.masterskaya.diagnostics.TopicParameters;

/** A topic as a coordinator types it. */
class TopicFormData {

    @NotNull(message = "{topic.block.required}")
    private @Nullable TopicBlock block;

    @NotBlank(message = "{topic.name.required}")
    @Size(min = 3, max = 200, message = "{topic.name.size}")
    private @Nullable String name;

    @Size(max = 2000, message = "{topic.description.tooLong}")
    private @Nullable String description;

    private long version;

    static TopicFormData from(Topic topic) {
        TopicFormData form = new TopicFormData();
        form.block = topic.getBlock();
        form.name = topic.getName();
        form.description = topic.getDescription();
        form.version = topic.getVersion();
        return form;
    }

    /** Only for data that passed validation. */
    TopicParameters toParameters() {
        return new TopicParameters(Objects.requireNonNull(block), Objects.requireNonNull(name), description);
    }

    public @Nullable TopicBlock getBlock() { return block; }
    public void setBlock(@Nullable TopicBlock block) { this.block = block; }
    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
