package org.poliin.api.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.dto.DTO;

/** One stored record about a person, as exported to that person. */
public class PersonalDataRecord extends DTO {

    /** The entity the record comes from, as declared in {@link PersonalDataStore#entity}. */
    public String entity;
    public String recordId;
    /** The record's fields: plain JSON values (text, numbers, booleans, ISO dates, lists, maps). */
    public Map<String, Object> data;

    public static PersonalDataRecord of(String entity, Object recordId, Map<String, ?> data) {
        PersonalDataRecord record = new PersonalDataRecord();
        record.entity = entity;
        record.recordId = String.valueOf(recordId);
        record.data = new LinkedHashMap<>(data);
        return record;
    }
}
