package ru.masterskaya.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An entry of the editable list of reasons a pair ended early or was declined (нет времени, смена работы, …). */
@Entity
@Table(name = "practice_end_reason")
public class EndReason {

    @Id
    private UUID id;

    private String name;

    private int position;

    private boolean active;

    protected EndReason() {}

    public EndReason(String name, int position) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.position = position;
        this.active = true;
    }

    public UUID getId() {
        return id;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void setActive(boolean value) {
        this.active = value;
    }
}
