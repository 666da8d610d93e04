package org.poliin.vouchers.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.vouchers.internal.CriterionDTO;

/**
 * The eligibility rule of a call: every mandatory criterion met, and at least {@code minCriteria}
 * criteria met in all. The failing criteria are named: the mandatory ones not met, or, when too few
 * were met, every criterion the applicant did not state.
 */
public final class Eligibility {

    /** The outcome: eligible or not, which criteria failed, the points of the criteria met. */
    public record Result(boolean eligible, List<CriterionDTO> failed, int points, List<String> met) {
    }

    private Eligibility() {
    }

    public static Result check(List<CriterionDTO> criteria, int minCriteria, List<String> stated) {
        Set<String> met = new LinkedHashSet<>();
        for (String code : stated) {
            String normalised = code.strip();
            if (criteria.stream().noneMatch(c -> c.code.equals(normalised))) {
                throw InvalidInputException.of("criteria", LocalizedText.of(
                        "criteriul „" + normalised + "” nu este unul dintre criteriile apelului",
                        "criterion \"" + normalised + "\" is not one of the call's criteria"));
            }
            met.add(normalised);
        }
        List<CriterionDTO> failed = new ArrayList<>();
        int points = 0;
        for (CriterionDTO criterion : criteria) {
            if (met.contains(criterion.code)) {
                points += criterion.points;
            } else if (criterion.mandatory) {
                failed.add(criterion);
            }
        }
        if (failed.isEmpty() && met.size() < minCriteria) {
            criteria.stream().filter(c -> !met.contains(c.code)).forEach(failed::add);
        }
        return new Result(failed.isEmpty(), List.copyOf(failed), points, List.copyOf(met));
    }
}
