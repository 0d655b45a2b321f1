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
}
