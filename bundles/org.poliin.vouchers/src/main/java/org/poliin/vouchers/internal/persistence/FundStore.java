package org.poliin.vouchers.internal.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageCursor;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.vouchers.internal.CallDTO;
import org.poliin.vouchers.internal.CallInput;
import org.poliin.vouchers.internal.Category;
import org.poliin.vouchers.internal.CriterionDTO;
import org.poliin.vouchers.internal.CriterionInput;
import org.poliin.vouchers.internal.FundDTO;
import org.poliin.vouchers.internal.VenueDTO;
import org.poliin.vouchers.internal.VouchersModule;
import org.poliin.vouchers.internal.service.Money;

/** Funds, their partner venues and their calls for applications (with the eligibility criteria). */
@Component(service = FundStore.class)
public final class FundStore {

    static final LocalizedText FUND = LocalizedText.of("fond de vouchere", "voucher fund");
    static final LocalizedText VENUE = LocalizedText.of("locație parteneră", "partner venue");
    static final LocalizedText CALL = LocalizedText.of("apel de candidatură", "call for applications");

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public FundStore(@Reference(target = "(osgi.unit.name=poliin-vouchers)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=vouchers)") MigratedSchema schema, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    /** A new fund; amounts and dates already checked by the caller. */
    public FundDTO createFund(String name, java.time.LocalDate from, java.time.LocalDate to, BigDecimal budget,
            BigDecimal voucherValue, java.time.LocalDate expiresOn, List<Category> categories) {
        return jpa.txExpr(TransactionType.Required, em -> {
            FundEntity fund = new FundEntity();
            fund.name = name.strip();
            fund.periodFrom = from;
            fund.periodTo = to;
            fund.budget = budget;
            fund.committed = Money.ZERO;
            fund.voucherAmount = voucherValue;
            fund.voucherExpiresOn = expiresOn;
            fund.categories = categories.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
            em.persist(fund);
            em.flush();
            audit.record(AuditRecord.of(VouchersModule.ID, "vouchers.fund.create", "vouchers-fund", fund.id));
            return toDTO(em, fund);
        });
    }

    public FundDTO fund(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toDTO(em, fundEntity(em, id)));
    }

    /**
     * The funds, newest period first (then the higher id), by key or by number; the index
     * {@code IX_VOUCHERS_FUND_PERIOD} holds that order. The total is counted only when asked.
     */
    public Page<FundDTO> funds(PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<FundDTO> found = fundsQuery(em, page).getResultList().stream().map(f -> toDTO(em, f)).toList();
            long total = page.count()
                    ? em.createQuery("SELECT COUNT(f) FROM FundEntity f", Long.class).getSingleResult()
                    : Page.NOT_COUNTED;
            return Page.of(found, page, fund -> PageCursor.of(fund.periodFrom, fund.id), total);
        });
    }

    /** The query of one page of {@link #funds}: {@code size + 1} rows after the cursor or the offset. */
    static TypedQuery<FundEntity> fundsQuery(EntityManager em, PageRequest page) {
        PageCursor after = page.cursor(2);
        TypedQuery<FundEntity> query = em.createQuery("SELECT f FROM FundEntity f"
                + (after == null ? "" : " WHERE f.periodFrom <= :day AND (f.periodFrom < :day OR f.id < :id)")
                + " ORDER BY f.periodFrom DESC, f.id DESC", FundEntity.class);
        if (after != null) {
            query.setParameter("day", after.date(0)).setParameter("id", after.number(1));
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.fetchSize());
    }

    public java.util.Optional<FundDTO> fundByName(String name) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT f FROM FundEntity f WHERE f.name = :name ORDER BY f.id", FundEntity.class)
                .setParameter("name", name).setMaxResults(1).getResultList().stream().findFirst()
                .map(f -> toDTO(em, f)));
    }

    public VenueDTO addVenue(long fundId, String name, Category category, Long organisationId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            FundEntity fund = fundEntity(em, fundId);
            if (!categories(fund).contains(category)) {
                throw InvalidInputException.of("category", LocalizedText.of(
                        "fondul nu acoperă categoria " + category.label.ro, "the fund does not cover " + category.label.en));
            }
            Long existing = em.createQuery("SELECT COUNT(v) FROM VenueEntity v WHERE v.fundId = :fund AND v.name = :name",
                    Long.class).setParameter("fund", fundId).setParameter("name", name.strip()).getSingleResult();
            if (existing > 0) {
                throw new ConflictException(LocalizedText.of("fondul are deja o locație cu numele „" + name.strip() + "”",
                        "the fund already has a venue named \"" + name.strip() + "\""));
            }
            VenueEntity venue = new VenueEntity();
            venue.fundId = fundId;
            venue.name = name.strip();
            venue.category = category.name();
            venue.organisationId = organisationId;
            em.persist(venue);
            em.flush();
            audit.record(AuditRecord.of(VouchersModule.ID, "vouchers.venue.create", "vouchers-venue", venue.id));
            return toDTO(venue);
        });
    }

    /**
     * The venues of one fund, by category and name. A plain list, not a page: a fund's venues are the
     * theatres, museums and cinemas of one city (tens, not thousands), however many funds there are;
     * the index {@code IX_VOUCHERS_VENUE_FUND} (fund, category, name) reads exactly those rows in order.
     */
    public List<VenueDTO> venues(long fundId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            fundEntity(em, fundId);
            return venuesQuery(em, fundId).getResultList().stream().map(FundStore::toDTO).toList();
        });
    }

    static TypedQuery<VenueEntity> venuesQuery(EntityManager em, long fundId) {
        return em.createQuery("SELECT v FROM VenueEntity v WHERE v.fundId = :fund ORDER BY v.category, v.name",
                VenueEntity.class).setParameter("fund", fundId);
    }

    public VenueDTO venue(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            VenueEntity venue = em.find(VenueEntity.class, id);
            if (venue == null) {
                throw RecordNotFoundException.of(VENUE, id);
            }
            return toDTO(venue);
        });
    }

    public CallDTO createCall(CallInput input) {
        return jpa.txExpr(TransactionType.Required, em -> {
            FundEntity fund = em.find(FundEntity.class, input.fundId);
            if (fund == null) {
                throw InvalidInputException.of("fundId", LocalizedText.of("nu există un fond cu identificatorul "
                        + input.fundId, "there is no fund with id " + input.fundId));
            }
            if (input.closesOn.isBefore(input.opensOn)) {
                throw InvalidInputException.of("closesOn", LocalizedText.of("nu poate fi înainte de deschiderea apelului",
                        "cannot be before the call opens"));
            }
            if (input.criteria.stream().map(c -> c.code).distinct().count() != input.criteria.size()) {
                throw InvalidInputException.of("criteria", LocalizedText.of("codurile criteriilor trebuie să fie diferite",
                        "the criteria's codes must be different"));
            }
            int min = input.minCriteria == null ? 1 : input.minCriteria;
            if (min > input.criteria.size()) {
                throw InvalidInputException.of("minCriteria", LocalizedText.of("nu poate depăși numărul de criterii",
                        "cannot exceed the number of criteria"));
            }
            CallEntity call = new CallEntity();
            call.fundId = fund.id;
            call.title = input.title.strip();
            call.opensOn = input.opensOn;
            call.closesOn = input.closesOn;
            call.minCriteria = min;
            em.persist(call);
            em.flush();
            for (CriterionInput in : input.criteria) {
                CriterionEntity criterion = new CriterionEntity();
                criterion.callId = call.id;
                criterion.code = in.code;
                criterion.labelRo = in.labelRo.strip();
                criterion.labelEn = in.labelEn.strip();
                criterion.points = in.points == null ? 0 : in.points;
                criterion.mandatory = Boolean.TRUE.equals(in.mandatory) ? "Y" : "N";
                em.persist(criterion);
            }
            em.flush();
            audit.record(AuditRecord.of(VouchersModule.ID, "vouchers.call.create", "vouchers-call", call.id));
            return toDTO(em, call);
        });
    }

    public CallDTO call(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            CallEntity call = em.find(CallEntity.class, id);
            if (call == null) {
                throw RecordNotFoundException.of(CALL, id);
            }
            return toDTO(em, call);
        });
    }

    /**
     * The calls, optionally of one fund, newest first (opening day, then id, both descending), by key or
     * by number; the indexes {@code IX_VOUCHERS_CALL_OPENS} and {@code IX_VOUCHERS_CALL_FUND} hold that
     * order. The total is counted only when asked.
     */
    public Page<CallDTO> calls(Long fundId, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<CallDTO> found = callsQuery(em, fundId, page).getResultList().stream().map(c -> toDTO(em, c)).toList();
            long total = Page.NOT_COUNTED;
            if (page.count()) {
                TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM CallEntity c"
                        + (fundId == null ? "" : " WHERE c.fundId = :fund"), Long.class);
                if (fundId != null) {
                    count.setParameter("fund", fundId);
                }
                total = count.getSingleResult();
            }
            return Page.of(found, page, call -> PageCursor.of(call.opensOn, call.id), total);
        });
    }

    /** The query of one page of {@link #calls}: {@code size + 1} rows after the cursor or the offset. */
    static TypedQuery<CallEntity> callsQuery(EntityManager em, Long fundId, PageRequest page) {
        PageCursor after = page.cursor(2);
        List<String> conditions = new ArrayList<>();
        if (fundId != null) {
            conditions.add("c.fundId = :fund");
        }
        if (after != null) {
            conditions.add("c.opensOn <= :day AND (c.opensOn < :day OR c.id < :id)");
        }
        TypedQuery<CallEntity> query = em.createQuery("SELECT c FROM CallEntity c"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY c.opensOn DESC, c.id DESC", CallEntity.class);
        if (fundId != null) {
            query.setParameter("fund", fundId);
        }
        if (after != null) {
            query.setParameter("day", after.date(0)).setParameter("id", after.number(1));
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.fetchSize());
    }

    static FundEntity fundEntity(EntityManager em, long id) {
        FundEntity fund = em.find(FundEntity.class, id);
        if (fund == null) {
            throw RecordNotFoundException.of(FUND, id);
        }
        return fund;
    }

    static List<Category> categories(FundEntity fund) {
        return Arrays.stream(fund.categories.split(",")).map(Category::valueOf).toList();
    }

    static List<CriterionDTO> criteria(EntityManager em, long callId) {
        return em.createQuery("SELECT c FROM CriterionEntity c WHERE c.callId = :call ORDER BY c.id",
                CriterionEntity.class).setParameter("call", callId).getResultList().stream().map(c -> {
                    CriterionDTO dto = new CriterionDTO();
                    dto.code = c.code;
                    dto.label = LocalizedText.of(c.labelRo, c.labelEn);
                    dto.points = c.points;
                    dto.mandatory = "Y".equals(c.mandatory);
                    return dto;
                }).toList();
    }

    static CallDTO toDTO(EntityManager em, CallEntity call) {
        CallDTO dto = new CallDTO();
        dto.id = call.id;
        dto.fundId = call.fundId;
        dto.title = call.title;
        dto.opensOn = call.opensOn;
        dto.closesOn = call.closesOn;
        dto.minCriteria = call.minCriteria;
        dto.criteria = criteria(em, call.id);
        return dto;
    }

    static FundDTO toDTO(EntityManager em, FundEntity fund) {
        FundDTO dto = new FundDTO();
        dto.id = fund.id;
        dto.name = fund.name;
        dto.periodFrom = fund.periodFrom;
        dto.periodTo = fund.periodTo;
        dto.budget = Money.orZero(fund.budget);
        dto.committed = Money.orZero(fund.committed);
        dto.available = Money.minus(fund.budget, fund.committed);
        dto.spent = Money.orZero(em.createQuery("SELECT SUM(v.spent) FROM VoucherEntity v WHERE v.fundId = :fund",
                BigDecimal.class).setParameter("fund", fund.id).getSingleResult());
        dto.voucherValue = Money.orZero(fund.voucherAmount);
        dto.voucherExpiresOn = fund.voucherExpiresOn;
        dto.categories = categories(fund);
        dto.version = fund.version;
        return dto;
    }

    static VenueDTO toDTO(VenueEntity venue) {
        VenueDTO dto = new VenueDTO();
        dto.id = venue.id;
        dto.fundId = venue.fundId;
        dto.name = venue.name;
        dto.category = Category.valueOf(venue.category);
        dto.organisationId = venue.organisationId;
        return dto;
    }
}
