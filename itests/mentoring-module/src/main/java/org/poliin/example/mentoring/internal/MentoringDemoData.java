package org.poliin.example.mentoring.internal;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.demo.DemoDataSet;
import org.poliin.api.module.PlatformModule;
import org.poliin.api.people.PersonInput;
import org.poliin.api.people.PersonService;
import org.poliin.example.mentoring.internal.persistence.PairStore;

/** Two demo pairs; loaded only when the platform's demo switch is on. */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + MentoringModule.ID)
public final class MentoringDemoData implements DemoDataSet {

    private final PairStore pairs;
    private final PersonService people;

    @Activate
    public MentoringDemoData(@Reference PairStore pairs, @Reference PersonService people) {
        this.pairs = pairs;
        this.people = people;
    }

    @Override
    public String moduleId() {
        return MentoringModule.ID;
    }

    @Override
    public void load() {
        if (pairs.count() > 0) {
            return;
        }
        pairs.create(person("Andrei", "Mureșan"), person("Ioana", "Știrbu"), LocalDate.of(2024, 10, 1),
                "Să își organizeze timpul de studiu");
        pairs.create(person("Bianca", "Țurcan"), person("Mihai", "Ardeleanu"), LocalDate.of(2024, 10, 7), null);
    }

    private long person(String given, String family) {
        PersonInput input = new PersonInput();
        input.givenName = given;
        input.familyName = family;
        return people.create(input).id;
    }
}
