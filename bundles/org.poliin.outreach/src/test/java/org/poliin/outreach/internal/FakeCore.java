package org.poliin.outreach.internal;

import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.poliin.api.common.Page;
import org.poliin.api.common.PageCursor;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.event.EventDTO;
import org.poliin.api.event.EventInput;
import org.poliin.api.event.EventQuery;
import org.poliin.api.event.EventService;
import org.poliin.api.event.EventTypeDTO;
import org.poliin.api.event.ParticipantDTO;
import org.poliin.api.event.ParticipantInput;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.event.AttendanceSummary;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.organisation.LocalityDTO;
import org.poliin.api.organisation.LocalityInput;
import org.poliin.api.organisation.LocalityQuery;
import org.poliin.api.organisation.LocalityService;
import org.poliin.api.organisation.LocalityType;
import org.poliin.api.organisation.OrganisationDTO;
import org.poliin.api.organisation.OrganisationInput;
import org.poliin.api.organisation.OrganisationQuery;
import org.poliin.api.organisation.OrganisationService;
import org.poliin.api.organisation.OrganisationType;

/**
 * The core services the module uses, kept in memory for unit tests, each record also written as a row
 * of the core's tables so that the module's foreign keys hold.
 */
final class FakeCore {

    private final DataSource database;
    private final AtomicLong ids = new AtomicLong(1000);
    final Map<Long, LocalityDTO> localityRecords = new LinkedHashMap<>();
    final Map<Long, OrganisationDTO> organisationRecords = new LinkedHashMap<>();
    final Map<Long, EventDTO> eventRecords = new LinkedHashMap<>();
    final Map<Long, List<ParticipantDTO>> participantRecords = new LinkedHashMap<>();
    final Localities localities = new Localities();
    final Organisations organisations = new Organisations();
    final Events events = new Events();

    FakeCore(DataSource database) {
        this.database = database;
    }

    long locality(String code, String county, Integer population, LocalityType type) {
        LocalityInput input = new LocalityInput();
        input.code = code;
        input.name = "Localitatea " + code;
        input.county = county;
        input.population = population;
        input.type = type;
        return localities.create(input).id;
    }

    long school(String code, long localityId) {
        return organisation(code, OrganisationType.HIGH_SCHOOL, localityId);
    }

    long organisation(String code, OrganisationType type, long localityId) {
        OrganisationInput input = new OrganisationInput();
        input.code = code;
        input.name = "Liceul " + code;
        input.type = type;
        input.localityId = localityId;
        return organisations.create(input).id;
    }

    long person() {
        long id = ids.incrementAndGet();
        sql("INSERT INTO CORE_PERSON (ID, GIVEN_NAME, FAMILY_NAME, SEARCH_TEXT, CREATED_AT, UPDATED_AT, VERSION) "
                + "VALUES (?, 'Test', 'Persoană', 'test persoana', ?, ?, 1)", id, now(), now());
        return id;
    }

    private void sql(String statement, Object... values) {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    final class Localities implements LocalityService {

        @Override
        public LocalityDTO create(LocalityInput input) {
            LocalityDTO locality = new LocalityDTO();
            locality.id = ids.incrementAndGet();
            locality.code = input.code;
            locality.name = input.name;
            locality.county = input.county;
            locality.population = input.population;
            locality.type = input.type;
            sql("INSERT INTO CORE_LOCALITY (ID, CODE, NAME, COUNTY, COUNTY_KEY, POPULATION, LOCALITY_TYPE, SEARCH_TEXT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", locality.id, input.code, input.name, input.county,
                    input.county.toLowerCase(Locale.ROOT), input.population, input.type.name(), input.name);
            localityRecords.put(locality.id, locality);
            return locality;
        }

        @Override
        public LocalityDTO get(long id) {
            return Optional.ofNullable(localityRecords.get(id))
                    .orElseThrow(() -> RecordNotFoundException.of(LocalizedText.of("localitate", "locality"), id));
        }

        @Override
        public Optional<LocalityDTO> findByCode(String code) {
            return localityRecords.values().stream().filter(l -> l.code.equals(code)).findFirst();
        }

        @Override
        public LocalityDTO update(long id, LocalityInput input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<LocalityDTO> search(LocalityQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportReport importCsv(Reader csv) {
            throw new UnsupportedOperationException();
        }
    }

    final class Organisations implements OrganisationService {

        int updates;

        @Override
        public OrganisationDTO create(OrganisationInput input) {
            OrganisationDTO organisation = new OrganisationDTO();
            organisation.id = ids.incrementAndGet();
            assign(organisation, input);
            sql("INSERT INTO CORE_ORGANISATION (ID, CODE, NAME, ORGANISATION_TYPE, LOCALITY_ID, SEARCH_TEXT) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", organisation.id, input.code, input.name, input.type.name(),
                    input.localityId, input.name);
            organisationRecords.put(organisation.id, organisation);
            return organisation;
        }

        private void assign(OrganisationDTO organisation, OrganisationInput input) {
            organisation.code = input.code;
            organisation.name = input.name;
            organisation.type = input.type;
            organisation.localityId = input.localityId;
            organisation.locality = localities.get(input.localityId);
            organisation.address = input.address;
            organisation.email = input.email;
            organisation.phone = input.phone;
            organisation.website = input.website;
        }

        @Override
        public OrganisationDTO get(long id) {
            return Optional.ofNullable(organisationRecords.get(id)).orElseThrow(
                    () -> RecordNotFoundException.of(LocalizedText.of("organizație", "organisation"), id));
        }

        @Override
        public Optional<OrganisationDTO> findByCode(String code) {
            return organisationRecords.values().stream().filter(o -> o.code.equals(code)).findFirst();
        }

        @Override
        public OrganisationDTO update(long id, OrganisationInput input) {
            OrganisationDTO organisation = get(id);
            assign(organisation, input);
            organisation.version++;
            updates++;
            return organisation;
        }

        @Override
        public Page<OrganisationDTO> search(OrganisationQuery query, PageRequest page) {
            List<OrganisationDTO> found = new ArrayList<>(organisationRecords.values().stream()
                    .filter(o -> query.type() == null || o.type == query.type())
                    .filter(o -> query.county() == null || o.locality.county.equalsIgnoreCase(query.county()))
                    .filter(o -> query.localityType() == null || o.locality.type == query.localityType())
                    .filter(o -> query.maxPopulation() == null
                            || o.locality.population != null && o.locality.population < query.maxPopulation())
                    .sorted(Comparator.comparing((OrganisationDTO o) -> o.name).thenComparing(o -> o.id)).toList());
            // pages by key like the core: the rows after (name, id) of the cursor, one more than the page holds
            PageCursor after = page.cursor(2);
            List<OrganisationDTO> rest = after == null ? found : found.stream()
                    .filter(o -> o.name.compareTo(after.text(0)) > 0
                            || o.name.equals(after.text(0)) && o.id > after.number(1))
                    .toList();
            List<OrganisationDTO> slice = rest.subList(Math.min(page.offset(), rest.size()),
                    Math.min(page.offset() + page.fetchSize(), rest.size()));
            return Page.of(slice, page, o -> PageCursor.of(o.name, o.id), page.count() ? found.size() : Page.NOT_COUNTED);
        }

        @Override
        public void delete(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportReport importCsv(Reader csv) {
            throw new UnsupportedOperationException();
        }
    }

    final class Events implements EventService {

        @Override
        public EventDTO create(EventInput input) {
            EventDTO event = new EventDTO();
            event.id = ids.incrementAndGet();
            event.moduleId = OutreachModule.ID;
            assign(event, input);
            sql("INSERT INTO CORE_EVENT (ID, EVENT_TYPE, MODULE_ID, TITLE, STARTS_AT, STATUS, SEARCH_TEXT, CREATED_AT, "
                    + "UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", event.id, input.type, OutreachModule.ID,
                    input.title, Timestamp.valueOf(input.startsAt), event.status.name(), input.title, now(), now());
            eventRecords.put(event.id, event);
            return event;
        }

        private void assign(EventDTO event, EventInput input) {
            event.type = input.type;
            event.title = input.title;
            event.description = input.description;
            event.startsAt = input.startsAt;
            event.endsAt = input.endsAt;
            event.place = input.place;
            event.localityId = input.localityId;
            event.organisationId = input.organisationId;
            event.status = input.status == null ? org.poliin.api.event.EventStatus.PLANNED : input.status;
        }

        @Override
        public EventDTO get(long id) {
            return find(id).orElseThrow(() -> RecordNotFoundException.of(LocalizedText.of("eveniment", "event"), id));
        }

        @Override
        public Optional<EventDTO> find(long id) {
            return Optional.ofNullable(eventRecords.get(id));
        }

        @Override
        public EventDTO update(long id, EventInput input) {
            EventDTO event = get(id);
            if (input.version == null || input.version != event.version) {
                throw new IllegalStateException("stale event version " + input.version);
            }
            assign(event, input);
            event.version++;
            return event;
        }

        @Override
        public void delete(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<EventDTO> search(EventQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<EventTypeDTO> eventType(String key) {
            return new OutreachModule().eventTypes().stream().filter(type -> type.key.equals(key)).findFirst();
        }

        @Override
        public ParticipantDTO putParticipant(long eventId, ParticipantInput input) {
            ParticipantDTO participant = new ParticipantDTO();
            participant.eventId = eventId;
            participant.personId = input.personId;
            participant.role = input.role;
            List<ParticipantDTO> participants = participantRecords.computeIfAbsent(eventId, id -> new ArrayList<>());
            participants.removeIf(p -> p.personId == input.personId);
            participants.add(participant);
            return participant;
        }

        @Override
        public void removeParticipant(long eventId, long personId) {
            participantRecords.getOrDefault(eventId, new ArrayList<>()).removeIf(p -> p.personId == personId);
        }

        @Override
        public List<ParticipantDTO> participants(long eventId) {
            return List.copyOf(participantRecords.getOrDefault(eventId, List.of()));
        }

        @Override
        public long count(EventQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AttendanceSummary attendance(EventQuery query) {
            throw new UnsupportedOperationException();
        }
    }
}
