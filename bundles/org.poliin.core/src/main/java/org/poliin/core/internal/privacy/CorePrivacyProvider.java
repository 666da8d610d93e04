package org.poliin.core.internal.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.module.ModuleIds;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.privacy.ErasureOutcome;
import org.poliin.api.privacy.LegalBasis;
import org.poliin.api.privacy.PersonalDataField;
import org.poliin.api.privacy.PersonalDataRecord;
import org.poliin.api.privacy.PersonalDataStore;
import org.poliin.api.privacy.PrivacyDeclaration;
import org.poliin.api.privacy.PrivacyProvider;
import org.poliin.core.internal.event.JpaEventService;
import org.poliin.core.internal.mail.OutboxMailService;
import org.poliin.core.internal.people.JpaPersonService;

/**
 * The core's own part in privacy requests: the person record and the person's participations in
 * events. Registered as a provider like any module's, with the module id {@code core}.
 */
@Component(service = { PrivacyProvider.class, CorePrivacyProvider.class }, property = "poliin.module.id=core")
public final class CorePrivacyProvider implements PrivacyProvider {

    private final JpaPersonService people;
    private final JpaEventService events;
    private final OutboxMailService mail;

    @Activate
    public CorePrivacyProvider(@Reference JpaPersonService people, @Reference JpaEventService events,
            @Reference OutboxMailService mail) {
        this.people = people;
        this.events = events;
        this.mail = mail;
    }

    @Override
    public String moduleId() {
        return ModuleIds.CORE;
    }

    @Override
    public PrivacyDeclaration declaration() {
        return PrivacyDeclaration.of(ModuleIds.CORE, List.of(
                PersonalDataStore.of("CORE_PERSON", List.of(
                        PersonalDataField.of("givenName", LocalizedText.of("prenumele", "given name")),
                        PersonalDataField.of("familyName", LocalizedText.of("numele de familie", "family name")),
                        PersonalDataField.of("email", LocalizedText.of("adresa de e-mail", "email address")),
                        PersonalDataField.of("phone", LocalizedText.of("telefonul", "phone number")),
                        PersonalDataField.of("birthDate", LocalizedText.of("data nașterii (pentru a ști dacă persoana este minoră)",
                                "date of birth (to know whether the person is a minor)")),
                        PersonalDataField.of("localityId", LocalizedText.of("localitatea de domiciliu", "home locality")),
                        PersonalDataField.of("externalId", LocalizedText.of("identificatorul din alte sisteme (de ex. numărul matricol)",
                                "identifier in other systems (e.g. student number)"))),
                        LocalizedText.of("identificarea persoanelor cu care lucrează programul de incluziune",
                                "identifying the people the inclusion programme works with"),
                        LegalBasis.PUBLIC_TASK,
                        LocalizedText.of("pe durata programului și a raportării către finanțator; la ștergere datele sunt anonimizate",
                                "for the programme and its reporting to the funder; on erasure the data is anonymised")),
                PersonalDataStore.of("CORE_EVENT_PARTICIPANT", List.of(
                        PersonalDataField.of("personId", LocalizedText.of("participarea persoanei la eveniment", "the person's participation")),
                        PersonalDataField.of("attendance", LocalizedText.of("prezența", "attendance")),
                        PersonalDataField.of("note", LocalizedText.of("o notă scurtă, de ex. o reflecție", "a short note, e.g. a reflection"))),
                        LocalizedText.of("evidența participării la activitățile programului", "record of participation in the programme's activities"),
                        LegalBasis.PUBLIC_TASK,
                        LocalizedText.of("pe durata programului; la ștergere notele se șterg, participarea rămâne anonimă în statistici",
                                "for the programme; on erasure notes are deleted, the participation stays anonymous in statistics")),
                PersonalDataStore.of("CORE_MAIL_OUTBOX", List.of(
                        PersonalDataField.of("recipient", LocalizedText.of("adresa destinatarului", "the recipient's address")),
                        PersonalDataField.of("subject", LocalizedText.of("subiectul mesajului", "the message's subject")),
                        PersonalDataField.of("body", LocalizedText.of("textul mesajului", "the message's text"))),
                        LocalizedText.of("trimiterea mesajelor programului (buletine, anunțuri)",
                                "sending the programme's messages (newsletters, announcements)"),
                        LegalBasis.PUBLIC_TASK,
                        LocalizedText.of("până la trimitere, apoi zilele configurate (implicit 30); la ștergere mesajele se șterg",
                                "until sent, then the configured days (30 by default); on erasure the messages are deleted"))));
    }

    @Override
    public List<PersonalDataRecord> export(long personId) {
        List<PersonalDataRecord> records = new ArrayList<>();
        Optional<PersonDTO> person = people.find(personId);
        person.ifPresent(found -> records.add(PersonalDataRecord.of("CORE_PERSON", found.id, person(found))));
        records.addAll(events.exportParticipations(personId));
        person.map(found -> found.email).filter(email -> email != null).ifPresent(email -> records.addAll(mail.export(email)));
        return records;
    }

    private static Map<String, Object> person(PersonDTO person) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("givenName", person.givenName);
        data.put("familyName", person.familyName);
        data.put("email", person.email);
        data.put("phone", person.phone);
        data.put("birthDate", person.birthDate == null ? null : person.birthDate.toString());
        data.put("localityId", person.localityId);
        data.put("externalId", person.externalId);
        data.put("createdAt", person.createdAt == null ? null : person.createdAt.toString());
        return data;
    }

    @Override
    public List<ErasureOutcome> erase(long personId) {
        int participations = events.eraseParticipations(personId);
        // the address is needed to find the person's messages: before the person is anonymised
        int messages = people.find(personId).map(found -> found.email).filter(email -> email != null)
                .map(mail::erase).orElse(0);
        boolean anonymised = people.anonymise(personId);
        return List.of(ErasureOutcome.of("CORE_PERSON", 0, anonymised ? 1 : 0),
                ErasureOutcome.of("CORE_EVENT_PARTICIPANT", 0, participations),
                ErasureOutcome.of("CORE_MAIL_OUTBOX", messages, 0));
    }
}
