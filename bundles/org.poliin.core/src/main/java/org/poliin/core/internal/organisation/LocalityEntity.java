package org.poliin.core.internal.organisation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.poliin.api.organisation.LocalityDTO;
import org.poliin.api.organisation.LocalityType;
import org.poliin.core.internal.jpa.SearchText;

@Entity
@Table(name = "CORE_LOCALITY")
public class LocalityEntity {

    @Id
    @SequenceGenerator(name = "CORE_LOCALITY_SEQ", sequenceName = "CORE_LOCALITY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CORE_LOCALITY_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "CODE", nullable = false, unique = true, length = 20)
    String code;

    @Column(name = "NAME", nullable = false, length = 120)
    String name;

    @Column(name = "COUNTY", nullable = false, length = 60)
    String county;

    /** The county folded for comparison (lower case, no diacritics). */
    @Column(name = "COUNTY_KEY", nullable = false, length = 60)
    String countyKey;

    @Column(name = "POPULATION")
    Integer population;

    @Enumerated(EnumType.STRING)
    @Column(name = "LOCALITY_TYPE", nullable = false, length = 10)
    LocalityType type;

    @Column(name = "SEARCH_TEXT", nullable = false, length = 200)
    String searchText;

    @Version
    @Column(name = "VERSION")
    long version;

    /** Sets every field from the given values; returns whether anything changed. */
    boolean assign(String newCode, String newName, String newCounty, Integer newPopulation, LocalityType newType) {
        boolean changed = !newCode.equals(code) || !newName.equals(name) || !newCounty.equals(county)
                || !java.util.Objects.equals(newPopulation, population) || newType != type;
        code = newCode;
        name = newName;
        county = newCounty;
        countyKey = SearchText.fold(newCounty);
        population = newPopulation;
        type = newType;
        searchText = SearchText.of(newName, newCode, newCounty);
        return changed;
    }

    LocalityDTO toDTO() {
        LocalityDTO dto = new LocalityDTO();
        dto.id = id;
        dto.code = code;
        dto.name = name;
        dto.county = county;
        dto.population = population;
        dto.type = type;
        dto.version = version;
        return dto;
    }
}
