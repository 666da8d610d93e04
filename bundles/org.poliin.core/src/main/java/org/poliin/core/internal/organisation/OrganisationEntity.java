package org.poliin.core.internal.organisation;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.poliin.api.organisation.OrganisationDTO;
import org.poliin.api.organisation.OrganisationType;

@Entity
@Table(name = "CORE_ORGANISATION")
public class OrganisationEntity {

    @Id
    @SequenceGenerator(name = "CORE_ORGANISATION_SEQ", sequenceName = "CORE_ORGANISATION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CORE_ORGANISATION_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "CODE", nullable = false, unique = true, length = 40)
    String code;

    @Column(name = "NAME", nullable = false, length = 200)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "ORGANISATION_TYPE", nullable = false, length = 30)
    OrganisationType type;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "LOCALITY_ID", nullable = false)
    LocalityEntity locality;

    @Column(name = "ADDRESS", length = 300)
    String address;

    @Column(name = "EMAIL", length = 254)
    String email;

    @Column(name = "PHONE", length = 30)
    String phone;

    @Column(name = "WEBSITE", length = 300)
    String website;

    @Column(name = "SEARCH_TEXT", nullable = false, length = 300)
    String searchText;

    @Version
    @Column(name = "VERSION")
    long version;

    OrganisationDTO toDTO() {
        OrganisationDTO dto = new OrganisationDTO();
        dto.id = id;
        dto.code = code;
        dto.name = name;
        dto.type = type;
        dto.localityId = locality.id;
        dto.locality = locality.toDTO();
        dto.address = address;
        dto.email = email;
        dto.phone = phone;
        dto.website = website;
        dto.version = version;
        return dto;
    }
}
