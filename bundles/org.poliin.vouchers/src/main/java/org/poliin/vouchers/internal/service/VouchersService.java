package org.poliin.vouchers.internal.service;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.people.PersonService;
import org.poliin.api.security.CurrentUser;
import org.poliin.api.security.Roles;
import org.poliin.vouchers.internal.ApplicationDTO;
import org.poliin.vouchers.internal.ApplicationInput;
import org.poliin.vouchers.internal.AwardInput;
import org.poliin.vouchers.internal.CallDTO;
import org.poliin.vouchers.internal.Category;
import org.poliin.vouchers.internal.DeclineDTO;
import org.poliin.vouchers.internal.FundDTO;
import org.poliin.vouchers.internal.FundInput;
import org.poliin.vouchers.internal.RedemptionDTO;
import org.poliin.vouchers.internal.RedemptionInput;
import org.poliin.vouchers.internal.VenueDTO;
import org.poliin.vouchers.internal.VenueInput;
import org.poliin.vouchers.internal.VoucherDTO;
import org.poliin.vouchers.internal.VouchersModule;
import org.poliin.vouchers.internal.persistence.ApplicationStore;
import org.poliin.vouchers.internal.persistence.FundStore;
import org.poliin.vouchers.internal.persistence.VoucherStore;
import org.poliin.vouchers.internal.persistence.VoucherStore.AwardContext;

/**
 * The module's rules: checks the input (amounts, dates, categories, eligibility), makes awards and
 * redemptions safe to retry and to run concurrently, and decides who sees the sensitive criteria.
 */
@Component(service = VouchersService.class)
public final class VouchersService {

    /** Attempts of a transaction the database chose as a deadlock victim or timed out on a lock. */
    static final int ATTEMPTS = 6;

    private final FundStore funds;
    private final ApplicationStore applications;
    private final VoucherStore vouchers;
    private final PersonService people;
    private final CurrentUser user;
    private final AuditLog audit;
    private final VoucherCodes codes = new VoucherCodes(new SecureRandom());
    private final Clock clock;

    @Activate
    public VouchersService(@Reference FundStore funds, @Reference ApplicationStore applications,
            @Reference VoucherStore vouchers, @Reference PersonService people, @Reference CurrentUser user,
            @Reference AuditLog audit) {
        this(funds, applications, vouchers, people, user, audit, Clock.systemDefaultZone());
    }

    VouchersService(FundStore funds, ApplicationStore applications, VoucherStore vouchers, PersonService people,
            CurrentUser user, AuditLog audit, Clock clock) {
        this.funds = funds;
        this.applications = applications;
        this.vouchers = vouchers;
        this.people = people;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- funds, venues, calls

    public FundDTO createFund(FundInput input) {
        BigDecimal budget = Money.amount("budget", input.budget);
        BigDecimal value = Money.positive("voucherValue", input.voucherValue);
        if (input.periodTo.isBefore(input.periodFrom)) {
            throw InvalidInputException.of("periodTo", LocalizedText.of("nu poate fi înainte de începutul perioadei",
                    "cannot be before the period starts"));
        }
        LocalDate expires = input.voucherExpiresOn == null ? input.periodTo : input.voucherExpiresOn;
        if (expires.isBefore(input.periodFrom)) {
            throw InvalidInputException.of("voucherExpiresOn", LocalizedText.of(
                    "nu poate fi înainte de începutul perioadei", "cannot be before the period starts"));
        }
        List<Category> categories = new ArrayList<>();
        for (String category : input.categories) {
            categories.add(Category.parse("categories", category));
        }
        return funds.createFund(input.name, input.periodFrom, input.periodTo, budget, value, expires, categories);
    }

    public VenueDTO addVenue(long fundId, VenueInput input) {
        return funds.addVenue(fundId, input.name, Category.parse("category", input.category), input.organisationId);
    }

    // ---- applications

    public ApplicationDTO submit(ApplicationInput input) {
        CallDTO call;
        try {
            call = funds.call(input.callId);
        } catch (RecordNotFoundException e) {
            throw InvalidInputException.of("callId", LocalizedText.of("nu există un apel cu identificatorul " + input.callId,
                    "there is no call with id " + input.callId));
        }
        if (people.find(input.personId).isEmpty()) {
            throw InvalidInputException.of("personId", LocalizedText.of(
                    "nu există o persoană cu identificatorul " + input.personId, "there is no person with id " + input.personId));
        }
        LocalDate submittedOn = input.submittedOn == null ? today() : input.submittedOn;
        if (submittedOn.isAfter(today())) {
            throw InvalidInputException.of("submittedOn", LocalizedText.of("nu poate fi în viitor", "cannot be in the future"));
        }
        if (submittedOn.isBefore(call.opensOn) || submittedOn.isAfter(call.closesOn)) {
            throw new ConflictException(LocalizedText.of("apelul primește cereri între " + call.opensOn + " și "
                    + call.closesOn + "; cererea este din " + submittedOn, "the call takes applications from "
                    + call.opensOn + " to " + call.closesOn + "; the application is dated " + submittedOn));
        }
        FundDTO fund = funds.fund(call.fundId);
        Category preferred = input.preferredCategory == null ? fund.categories.get(0)
                : Category.parse("preferredCategory", input.preferredCategory);
        if (!fund.categories.contains(preferred)) {
            throw InvalidInputException.of("preferredCategory", LocalizedText.of(
                    "fondul nu acoperă categoria " + preferred.label.ro, "the fund does not cover " + preferred.label.en));
        }
        Eligibility.Result eligibility = Eligibility.check(call.criteria, call.minCriteria, input.criteria);
        return view(applications.submit(call.id, input.personId, eligibility, input.evidenceRef, preferred, submittedOn));
    }

    /** Whether the current user may see the disadvantage criteria (sensitive data). */
    public boolean seesCriteria() {
        return user.hasRole(Roles.COORDINATOR) || user.hasRole(Roles.COUNSELLOR);
    }

    /**
     * An application as the current user may see it: coordinators and counsellors get the criteria,
     * the failing criteria and the evidence reference, and the read is audited (with the reason they
     * gave in {@code X-Poliin-Reason}); everyone else gets the application without them.
     */
    public ApplicationDTO view(ApplicationDTO application) {
        if (seesCriteria()) {
            audit.record(AuditRecord.of(VouchersModule.ID, "vouchers.application.criteria.read", "vouchers-application",
                    application.id));
            return application;
        }
        return withoutCriteria(application);
    }

    /** For lists and rankings: never the criteria, for anyone (open one application to see them). */
    public static ApplicationDTO withoutCriteria(ApplicationDTO application) {
        application.criteria = null;
        application.failedCriteria = null;
        application.evidenceRef = null;
        return application;
    }

    // ---- awards

    public VoucherDTO approve(long applicationId, AwardInput input) {
        return approve(applicationId, input, today());
    }

    /**
     * Approves an application and issues its voucher. The fund's budget is guarded by the database
     * (see {@link VoucherStore#award}); a transaction that lost a lock race is retried a few times, and
     * then answered with a 409, never a 500.
     */
    public VoucherDTO approve(long applicationId, AwardInput input, LocalDate issuedOn) {
        AwardContext context = vouchers.awardContext(applicationId);
        BigDecimal value = input == null || input.value == null ? context.voucherValue()
                : Money.positive("value", input.value);
        Category category = input == null || input.category == null ? context.application().preferredCategory
                : Category.parse("category", input.category);
        if (!context.categories().contains(category)) {
            throw InvalidInputException.of("category", LocalizedText.of("fondul nu acoperă categoria " + category.label.ro,
                    "the fund does not cover " + category.label.en));
        }
        String reason = input == null || input.reason == null || input.reason.isBlank() ? null : input.reason.strip();
        return retrying(() -> vouchers.award(applicationId, context.fundId(), value, category, context.expiresOn(),
                reason, codes.next(), issuedOn));
    }

    /** The student declines: the value returns to the fund and the waiting list moves up. */
    public DeclineDTO decline(long voucherId, String reason) {
        long callId = retrying(() -> vouchers.decline(voucherId, reason));
        DeclineDTO result = new DeclineDTO();
        result.voucher = vouchers.get(voucherId);
        Optional<Long> next = vouchers.nextOnWaitingList(callId);
        if (next.isPresent()) {
            try {
                approve(next.get(), null);
                result.promoted = withoutCriteria(applications.get(next.get()));
            } catch (ConflictException noRoomOrTaken) {
                // the fund has no room for the next one's voucher, or it was decided meanwhile
            }
        }
        return result;
    }

    // ---- redemption

    /**
     * Records a spending. The same receipt sent again with the same voucher, venue and amount gives
     * the first answer ({@code repeated} true), not a second spending; with other data it is a 409.
     */
    public RedemptionDTO redeem(RedemptionInput input) {
        String code = VoucherCodes.normalise("code", input.code);
        BigDecimal amount = Money.positive("amount", input.amount);
        Category category = input.category == null ? null : Category.parse("category", input.category);
        LocalDate spentOn = input.spentOn == null ? today() : input.spentOn;
        if (spentOn.isAfter(today())) {
            throw InvalidInputException.of("spentOn", LocalizedText.of("nu poate fi în viitor", "cannot be in the future"));
        }
        String receipt = input.receiptNo.strip();
        Optional<RedemptionDTO> earlier = vouchers.redemptionByReceipt(receipt);
        if (earlier.isPresent()) {
            return repeated(earlier.get(), code, amount, input.venueId);
        }
        try {
            return retrying(() -> vouchers.redeem(code, amount, input.venueId, category, spentOn, receipt, user.name()));
        } catch (RuntimeException e) {
            Optional<RedemptionDTO> concurrent = uniqueViolation(e) ? vouchers.redemptionByReceipt(receipt) : Optional.empty();
            if (concurrent.isPresent()) {
                return repeated(concurrent.get(), code, amount, input.venueId);
            }
            throw e;
        }
    }

    private static RedemptionDTO repeated(RedemptionDTO earlier, String code, BigDecimal amount, long venueId) {
        if (earlier.code.equals(VoucherCodes.format(code)) && earlier.amount.compareTo(amount) == 0
                && earlier.venueId == venueId) {
            earlier.repeated = true;
            return earlier;
        }
        throw new ConflictException(LocalizedText.of("bonul " + earlier.receiptNo
                + " a fost deja înregistrat pentru o altă cheltuială (alt voucher, altă sumă sau altă locație)",
                "receipt " + earlier.receiptNo + " was already recorded for another spending (another voucher, amount or venue)"));
    }

    // ---- transient database failures

    <T> T retrying(Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!transientFailure(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new ConflictException(LocalizedText.of(
                            "baza de date este ocupată cu alte cereri simultane; încercați din nou",
                            "the database is busy with other concurrent requests; try again"));
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(5, 40) * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** A deadlock victim or a lock timeout (SQLState class 40), or a code that happened to exist. */
    static boolean transientFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || isCodeClash(sql))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCodeClash(SQLException sql) {
        return "23505".equals(sql.getSQLState()) && sql.getMessage() != null
                && sql.getMessage().contains("UQ_VOUCHERS_VOUCHER_CODE");
    }

    static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
