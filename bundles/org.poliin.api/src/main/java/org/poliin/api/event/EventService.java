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

    /**
     * Every participant of an event, in the order they were added. For a module's own use on events
     * of its kind (a meeting, a visit: tens of people); a list shown to a person is read by page with
     * {@link #participants(long, PageRequest)}.
     */
    List<ParticipantDTO> participants(long eventId);

    /**
     * One page of an event's participants, in the order they were added, by key ({@link PageRequest#after()})
     * or by number; the platform's implementation reads it from an index, whatever the event holds.
     * The default pages over {@link #participants(long)} in memory, for test stand-ins.
     */
    default Page<ParticipantDTO> participants(long eventId, PageRequest page) {
        List<ParticipantDTO> all = participants(eventId);
        int from = page.after() == null ? page.offset() : (int) Math.max(0, page.cursor(1).number(0));
        List<ParticipantDTO> fetched = all.subList(Math.min(from, all.size()),
                Math.min(all.size(), from + page.fetchSize()));
        int next = from + page.size();
        return Page.of(fetched, page, participant -> org.poliin.api.common.PageCursor.of(next),
                page.count() ? all.size() : Page.NOT_COUNTED);
    }

    /** How many events match. */
    long count(EventQuery query);

    /** Attendance over the events that match. */
    AttendanceSummary attendance(EventQuery query);
}
