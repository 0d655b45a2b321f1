package jp.kyodo.support;

import jakarta.persistence.Embeddable;

/** A room of a facility (部屋): its name and how many it seats. */
@Embeddable
public class FacilityRoom {

    public String name;
    public Integer capacity;

    public FacilityRoom() {
    }

    public FacilityRoom(String name, Integer capacity) {
        this.name = name;
        this.capacity = capacity;
    }

    /** Value equality, so a replaced list that holds the same rows is seen as unchanged (no new version, no history). */
    @Override
    public boolean equals(Object other) {
        return other instanceof FacilityRoom o
                && java.util.Objects.equals(name, o.name)
                && java.util.Objects.equals(capacity, o.capacity);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, capacity);
    }
}
