package ru.masterskaya.diagnostics.instrument.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.masterskaya.diagnostics.instrument.InstrumentItem;
import ru.masterskaya.diagnostics.instrument.InstrumentVersion;
import ru.masterskaya.diagnostics.instrument.ItemKind;
import ru.masterskaya.diagnostics.instrument.ItemOption;
import ru.masterskaya.diagnostics.instrument.ItemRules;
import ru.masterskaya.diagnostics.instrument.RawItem;

/**
 * An item as the editor shows it. It always offers {@link ItemRules#MAX_OPTIONS} option rows;
 * rows left empty are ignored, so options are added and removed without a script. The version
 * id and its optimistic-lock version say which content the user was looking at.
 */
class ItemFormData {

    private @Nullable String kind;

    private @Nullable UUID topicId;

    private @Nullable String text;

    private List<OptionFormData> options = new ArrayList<>();

    private @Nullable UUID versionId;

    private long version;

    static ItemFormData empty(InstrumentVersion latest) {
        ItemFormData form = new ItemFormData();
        form.seen(latest);
        form.padOptions();
        return form;
    }

    static ItemFormData of(InstrumentItem item, InstrumentVersion latest) {
        ItemFormData form = new ItemFormData();
        form.kind = item.getKind().name();
        form.topicId = item.getTopicId();
        form.text = item.getText();
        for (ItemOption option : item.getOptions()) {
            form.options.add(new OptionFormData(option.getText(), String.valueOf(option.getScore())));
        }
        form.seen(latest);
        form.padOptions();
        return form;
    }

    void seen(InstrumentVersion latest) {
        versionId = latest.getId();
        version = latest.getVersion();
    }

    boolean isStale(InstrumentVersion latest) {
        return !latest.getId().equals(versionId) || latest.getVersion() != version;
    }

    void padOptions() {
        while (options.size() < ItemRules.MAX_OPTIONS) {
            options.add(new OptionFormData());
        }
    }

    RawItem toRaw() {
        return new RawItem(kindValue(), topicId, text, options.stream().map(OptionFormData::toRaw).toList());
    }

    /** An unknown kind reads as none: the form then asks for one. */
    private @Nullable ItemKind kindValue() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ItemKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public @Nullable String getKind() { return kind; }
    public void setKind(@Nullable String kind) { this.kind = kind; }
    public @Nullable UUID getTopicId() { return topicId; }
    public void setTopicId(@Nullable UUID topicId) { this.topicId = topicId; }
    public @Nullable String getText() { return text; }
    public void setText(@Nullable String text) { this.text = text; }
    public List<OptionFormData> getOptions() { return options; }
    public void setOptions(List<OptionFormData> options) { this.options = options; }
    public @Nullable UUID getVersionId() { return versionId; }
    public void setVersionId(@Nullable UUID versionId) { this.versionId = versionId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
