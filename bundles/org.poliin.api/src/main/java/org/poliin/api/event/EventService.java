package org.poliin.api.event;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;

/**
 * Events and their participants. An event's type must belong to a module present when the event is
 * created; events stay when their module is removed. Calls join the caller's transaction.
 *
 * <p>The service does not check the caller's roles: the REST resources and the modules do, using the
 * event type's {@link EventTypeDTO#participantReaders}.
 */
@ProviderType
public interface EventService {

    EventDTO create(EventInput input);

    EventDTO get(long id);

    Optional<EventDTO> find(long id);

    EventDTO update(long id, EventInput input);

    /** Deletes the event and its participants. */
    void delete(long id);

    Page<EventDTO> search(EventQuery query, PageRequest page);

    /** The event type with this key, if a module present declares it. */
    Optional<EventTypeDTO> eventType(String key);

    /**
     * Registers a person at an event, or updates the registration when it exists (then
     * {@code input.version} must be the version read).
     */
    ParticipantDTO putParticipant(long eventId, ParticipantInput input);

    void removeParticipant(long eventId, long personId);

    List<ParticipantDTO> participants(long eventId);

    /** How many events match. */
    long count(EventQuery query);

    /** Attendance over the events that match. */
    AttendanceSummary attendance(EventQuery query);
}
