package org.poliin.vouchers.internal.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

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
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.api.privacy.PersonalDataRecord;
import org.poliin.vouchers.internal.ApplicationDTO;
import org.poliin.vouchers.internal.Category;
import org.poliin.vouchers.internal.CriterionDTO;
import org.poliin.vouchers.internal.RedemptionDTO;
import org.poliin.vouchers.internal.ReportDTO.ReportRow;
import org.poliin.vouchers.internal.VoucherDTO;
import org.poliin.vouchers.internal.VouchersModule;
import org.poliin.vouchers.internal.service.Money;
import org.poliin.vouchers.internal.service.VoucherCodes;

/**
 * Awards, vouchers and redemptions: where the money moves. The fund's committed amount and a
 * voucher's spent amount change only through conditional UPDATEs that the database applies
 * atomically (and CHECK constraints back them), so no timing of concurrent requests can overspend.
 */
@Component(service = VoucherStore.class)
public final class VoucherStore {

    public static final String ACTIVE = "ACTIVE";
    public static final String DECLINED = "DECLINED";

    static final LocalizedText KIND = LocalizedText.of("voucher", "voucher");

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public VoucherStore(@Reference(target = "(osgi.unit.name=poliin-vouchers)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=vouchers)") MigratedSchema schema, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    /** What an award needs to know before it is made: the application, its call and its fund. */
    public record AwardContext(ApplicationDTO application, long fundId, BigDecimal voucherValue,
            List<Category> categories, LocalDate expiresOn) {
    }

    public AwardContext awardContext(long applicationId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ApplicationEntity application = ApplicationStore.entity(em, applicationId);
            CallEntity call = em.find(CallEntity.class, application.callId);
            FundEntity fund = em.find(FundEntity.class, call.fundId);
            return new AwardContext(ApplicationStore.toDTO(em, application), fund.id, Money.orZero(fund.voucherAmount),
                    FundStore.categories(fund), fund.voucherExpiresOn);
        });
    }

    /**
     * Approves an application and issues its voucher, in one transaction: the application moves to
     * APPROVED only from SUBMITTED or WAITLISTED, and the fund's committed amount grows only if it
     * stays within the budget (both conditional UPDATEs, their counts checked). Either step failing
     * is a 409 and nothing is kept.
     */
    public VoucherDTO award(long applicationId, long fundId, BigDecimal value, Category category, LocalDate expiresOn,
            String reason, String code, LocalDate issuedOn) {
        return jpa.txExpr(TransactionType.Required, em -> {
            int moved = em.createNativeQuery("UPDATE VOUCHERS_APPLICATION SET STATUS = 'APPROVED', DECISION_REASON = ?, "
                    + "DECIDED_AT = ?, VERSION = VERSION + 1 WHERE ID = ? AND ELIGIBLE = 'Y' "
                    + "AND STATUS IN ('SUBMITTED', 'WAITLISTED')")
                    .setParameter(1, reason).setParameter(2, java.sql.Timestamp.valueOf(LocalDateTime.now()))
                    .setParameter(3, applicationId).executeUpdate();
            if (moved == 0) {
                ApplicationEntity application = ApplicationStore.entity(em, applicationId);
                if (!"Y".equals(application.eligible)) {
                    throw new ConflictException(LocalizedText.of(
                            "cererea nu este eligibilă; criterii neîndeplinite: " + failed(em, application, true),
                            "the application is not eligible; criteria not met: " + failed(em, application, false)));
                }
                throw new ConflictException(LocalizedText.of("cererea este deja în starea " + application.status
                        + " și nu mai poate fi aprobată", "the application is already " + application.status
                        + " and cannot be approved"));
            }
            int committed = em.createNativeQuery("UPDATE VOUCHERS_FUND SET COMMITTED_AMOUNT = COMMITTED_AMOUNT + "
                    + "CAST(? AS DECIMAL(12,2)), VERSION = VERSION + 1 WHERE ID = ? "
                    + "AND COMMITTED_AMOUNT + CAST(? AS DECIMAL(12,2)) <= BUDGET")
                    .setParameter(1, value).setParameter(2, fundId).setParameter(3, value).executeUpdate();
            if (committed == 0) {
                throw new ConflictException(LocalizedText.of(
                        "fondul nu mai are bani pentru un voucher de " + value.toPlainString()
                                + " lei; cererea poate fi trecută pe lista de așteptare",
                        "the fund has no room left for a voucher of " + value.toPlainString()
                                + " RON; the application can be put on the waiting list"));
            }
            ApplicationEntity application = em.find(ApplicationEntity.class, applicationId);
            VoucherEntity voucher = new VoucherEntity();
            voucher.fundId = fundId;
            voucher.applicationId = applicationId;
            voucher.personId = application.personId;
            voucher.code = code;
            voucher.faceValue = value;
            voucher.spent = Money.ZERO;
            voucher.category = category.name();
            voucher.issuedOn = issuedOn;
            voucher.expiresOn = expiresOn;
            voucher.status = ACTIVE;
            em.persist(voucher);
            em.flush();
            audit.record(AuditRecord.of(VouchersModule.ID, "vouchers.application.approve", "vouchers-application",
                    applicationId));
            audit.record(AuditRecord.of(VouchersModule.ID, "vouchers.voucher.issue", "vouchers-voucher", voucher.id)
                    .withDetail("value=" + value.toPlainString() + " category=" + category));
            return toDTO(voucher);
        });
    }

    private static String failed(EntityManager em, ApplicationEntity application, boolean romanian) {
        if (application.failedCriteria == null) {
            return "-";
        }
        List<String> codes = List.of(application.failedCriteria.split(","));
        return String.join(", ", FundStore.criteria(em, application.callId).stream().filter(c -> codes.contains(c.code))
                .map((CriterionDTO c) -> romanian ? c.label.ro : c.label.en).toList());
    }

    /**
     * A student declines an award: the voucher (never used) is cancelled, its value returns to the
     * fund and the application becomes DECLINED. Gives the call's id, for the waiting list.
     */
    public long decline(long voucherId, String reason) {
        return jpa.txExpr(TransactionType.Required, em -> {
            VoucherEntity voucher = entity(em, voucherId);
            int cancelled = em.createNativeQuery("UPDATE VOUCHERS_VOUCHER SET STATUS = 'DECLINED', VERSION = VERSION + 1 "
                    + "WHERE ID = ? AND STATUS = 'ACTIVE' AND SPENT_AMOUNT = 0").setParameter(1, voucherId).executeUpdate();
            if (cancelled == 0) {
                throw new ConflictException(LocalizedText.of(
                        "voucherul a fost deja refuzat sau folosit (parțial) și nu mai poate fi refuzat",
                        "the voucher was already declined or (partly) spent and cannot be declined"));
            }
            em.createNativeQuery("UPDATE VOUCHERS_FUND SET COMMITTED_AMOUNT = COMMITTED_AMOUNT - CAST(? AS DECIMAL(12,2)), "
                    + "VERSION = VERSION + 1 WHERE ID = ?").setParameter(1, voucher.faceValue)
                    .setParameter(2, voucher.fundId).executeUpdate();
            em.createNativeQuery("UPDATE VOUCHERS_APPLICATION SET STATUS = 'DECLINED', DECISION_REASON = ?, "
                    + "VERSION = VERSION + 1 WHERE ID = ?").setParameter(1, reason.strip())
                    .setParameter(2, voucher.applicationId).executeUpdate();
            audit.record(AuditRecord.of(VouchersModule.ID, "vouchers.voucher.decline", "vouchers-voucher", voucherId));
            return em.find(ApplicationEntity.class, voucher.applicationId).callId;
        });
    }

    /** The best-ranked application on the call's waiting list, if any. */
    public Optional<Long> nextOnWaitingList(long callId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT a.id FROM ApplicationEntity a "
                + "WHERE a.callId = :call AND a.status = :waiting AND a.eligible = 'Y' "
                + "ORDER BY a.score DESC, a.submittedOn, a.id", Long.class).setParameter("call", callId)
                .setParameter("waiting", ApplicationStore.WAITLISTED).setMaxResults(1).getResultList().stream().findFirst());
    }

    public VoucherDTO get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toDTO(entity(em, id)));
    }

    /** The voucher with this (normalised) code; 404 when there is none. */
    public VoucherDTO byCode(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> toDTO(byCode(em, code)));
    }

    public boolean codeExists(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT COUNT(v) FROM VoucherEntity v WHERE v.code = :code", Long.class).setParameter("code", code)
                .getSingleResult() > 0);
    }

    /**
     * The vouchers by id, optionally of one fund, by key or by number: the ids of a page come from the
     * primary key or {@code IX_VOUCHERS_VOUCHER_FUND} (fund, id) alone, then those rows are read; the
     * total is counted only when asked.
     */
    public Page<VoucherDTO> search(Long fundId, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Long> ids = searchQuery(em, fundId, page).getResultList();
            Map<Long, VoucherEntity> rows = new java.util.HashMap<>();
            if (!ids.isEmpty()) {
                em.createQuery("SELECT v FROM VoucherEntity v WHERE v.id IN :ids", VoucherEntity.class)
                        .setParameter("ids", ids).getResultList().forEach(v -> rows.put(v.id, v));
            }
            long total = Page.NOT_COUNTED;
            if (page.count()) {
                var count = em.createQuery("SELECT COUNT(v) FROM VoucherEntity v"
                        + (fundId == null ? "" : " WHERE v.fundId = :fund"), Long.class);
                if (fundId != null) {
                    count.setParameter("fund", fundId);
                }
                total = count.getSingleResult();
            }
            return Page.of(ids.stream().map(rows::get).map(VoucherStore::toDTO).toList(), page,
                    v -> PageCursor.of(v.id), total);
        });
    }

    /** The ids of one page of {@link #search}: {@code size + 1} after the cursor or the offset. */
    static javax.persistence.TypedQuery<Long> searchQuery(EntityManager em, Long fundId, PageRequest page) {
        PageCursor after = page.cursor(1);
        List<String> conditions = new ArrayList<>();
        if (fundId != null) {
            conditions.add("v.fundId = :fund");
        }
        if (after != null) {
            conditions.add("v.id > :after");
        }
        var query = em.createQuery("SELECT v.id FROM VoucherEntity v"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + " ORDER BY v.id",
                Long.class);
        if (fundId != null) {
            query.setParameter("fund", fundId);
        }
        if (after != null) {
            query.setParameter("after", after.number(0));
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.fetchSize());
    }

    public long count() {
        return jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("SELECT COUNT(v) FROM VoucherEntity v", Long.class).getSingleResult());
    }

    /** The spending recorded with this receipt number, if any. */
    public Optional<RedemptionDTO> redemptionByReceipt(String receiptNo) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT r FROM RedemptionEntity r WHERE r.receiptNo = :receipt", RedemptionEntity.class)
                .setParameter("receipt", receiptNo).getResultList().stream().findFirst().map(r -> toDTO(em, r, false)));
    }

    /**
     * Records a spending: the voucher's spent amount grows only if it stays within its value, the
     * voucher is active and not expired on the day of the spending; the receipt number is unique.
     */
    public RedemptionDTO redeem(String code, BigDecimal amount, long venueId, Category category, LocalDate spentOn,
            String receiptNo, String recordedBy) {
        return jpa.txExpr(TransactionType.Required, em -> {
            VoucherEntity voucher = byCode(em, code);
            VenueEntity venue = em.find(VenueEntity.class, venueId);
            if (venue == null || venue.fundId != voucher.fundId) {
                throw InvalidInputException.of("venueId", LocalizedText.of(
                        "nu există o locație parteneră cu identificatorul " + venueId + " pentru fondul voucherului",
                        "there is no partner venue with id " + venueId + " for the voucher's fund"));
            }
            if (category != null && !category.name().equals(venue.category)) {
                throw InvalidInputException.of("category", LocalizedText.of(
                        "locația " + venue.name + " este în categoria " + venue.category,
                        "venue " + venue.name + " is in category " + venue.category));
            }
            if (!voucher.category.equals(venue.category)) {
                throw new ConflictException(LocalizedText.of(
                        "voucherul este pentru " + Category.valueOf(voucher.category).label.ro + ", iar locația pentru "
                                + Category.valueOf(venue.category).label.ro,
                        "the voucher is for " + Category.valueOf(voucher.category).label.en + " and the venue for "
                                + Category.valueOf(venue.category).label.en));
            }
            if (!ACTIVE.equals(voucher.status)) {
                throw new ConflictException(LocalizedText.of("voucherul a fost refuzat și nu mai poate fi folosit",
                        "the voucher was declined and cannot be used"));
            }
            if (spentOn.isAfter(voucher.expiresOn)) {
                throw new ConflictException(LocalizedText.of("voucherul a expirat la " + voucher.expiresOn,
                        "the voucher expired on " + voucher.expiresOn));
            }
            if (spentOn.isBefore(voucher.issuedOn)) {
                throw InvalidInputException.of("spentOn", LocalizedText.of(
                        "nu poate fi înainte de emiterea voucherului (" + voucher.issuedOn + ")",
                        "cannot be before the voucher was issued (" + voucher.issuedOn + ")"));
            }
            int spent = em.createNativeQuery("UPDATE VOUCHERS_VOUCHER SET SPENT_AMOUNT = SPENT_AMOUNT + "
                    + "CAST(? AS DECIMAL(12,2)), VERSION = VERSION + 1 WHERE ID = ? AND STATUS = 'ACTIVE' "
                    + "AND SPENT_AMOUNT + CAST(? AS DECIMAL(12,2)) <= FACE_VALUE")
                    .setParameter(1, amount).setParameter(2, voucher.id).setParameter(3, amount).executeUpdate();
            if (spent == 0) {
                BigDecimal balance = balance(em, voucher.id);
                throw new ConflictException(LocalizedText.of(
                        "suma de " + amount.toPlainString() + " lei depășește soldul voucherului (" + balance.toPlainString()
                                + " lei)",
                        "the amount of " + amount.toPlainString() + " RON exceeds the voucher's balance ("
                                + balance.toPlainString() + " RON)"));
            }
            RedemptionEntity redemption = new RedemptionEntity();
            redemption.voucherId = voucher.id;
            redemption.venueId = venueId;
            redemption.category = venue.category;
            redemption.amount = amount;
            redemption.spentOn = spentOn;
            redemption.receiptNo = receiptNo;
            redemption.recordedBy = recordedBy;
            redemption.recordedAt = LocalDateTime.now();
            em.persist(redemption);
            em.flush();
            audit.record(AuditRecord.of(VouchersModule.ID, "vouchers.voucher.redeem", "vouchers-voucher", voucher.id)
                    .withDetail("amount=" + amount.toPlainString() + " venue=" + venueId));
            return toDTO(em, redemption, false);
        });
    }

    /**
     * What a voucher paid for. A plain list, not a page: one voucher's face value is spent in a handful
     * of redemptions (tickets, entries), so the list is short by design, however many vouchers there are;
     * the index {@code IX_VOUCHERS_REDEMPTION_VOUCHER_ID} (voucher, id) reads exactly those rows in order.
     */
    public List<RedemptionDTO> redemptions(long voucherId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            entity(em, voucherId);
            return redemptionsQuery(em, voucherId).getResultList().stream().map(r -> toDTO(em, r, false)).toList();
        });
    }

    static javax.persistence.TypedQuery<RedemptionEntity> redemptionsQuery(EntityManager em, long voucherId) {
        return em.createQuery("SELECT r FROM RedemptionEntity r WHERE r.voucherId = :voucher ORDER BY r.id",
                RedemptionEntity.class).setParameter("voucher", voucherId);
    }

    // ---- figures, all computed by the database

    /** Vouchers awarded (issued in the period and not declined). */
    public long awarded(ReportPeriod period) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(v) FROM VoucherEntity v "
                + "WHERE v.issuedOn BETWEEN :from AND :to AND v.status <> :declined", Long.class)
                .setParameter("from", period.from()).setParameter("to", period.to()).setParameter("declined", DECLINED)
                .getSingleResult());
    }

    /** Different persons holding a voucher awarded in the period. */
    public long beneficiaries(ReportPeriod period) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(DISTINCT v.personId) "
                + "FROM VoucherEntity v WHERE v.issuedOn BETWEEN :from AND :to AND v.status <> :declined", Long.class)
                .setParameter("from", period.from()).setParameter("to", period.to()).setParameter("declined", DECLINED)
                .getSingleResult());
    }

    /** Amount awarded, and what is left unspent on those vouchers, by category. */
    public List<ReportRow> byCategory(ReportPeriod period) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, ReportRow> rows = new LinkedHashMap<>();
            for (Category category : Category.values()) {
                ReportRow row = new ReportRow();
                row.category = category;
                row.vouchers = 0;
                row.awarded = Money.ZERO;
                row.spent = Money.ZERO;
                row.remaining = Money.ZERO;
                rows.put(category.name(), row);
            }
            for (Object[] r : em.createQuery("SELECT v.category, COUNT(v), SUM(v.faceValue), SUM(v.faceValue - v.spent) "
                    + "FROM VoucherEntity v WHERE v.issuedOn BETWEEN :from AND :to AND v.status <> :declined "
                    + "GROUP BY v.category", Object[].class).setParameter("from", period.from())
                    .setParameter("to", period.to()).setParameter("declined", DECLINED).getResultList()) {
                ReportRow row = rows.get((String) r[0]);
                row.vouchers = ((Number) r[1]).longValue();
                row.awarded = Money.orZero((BigDecimal) r[2]);
                row.remaining = Money.orZero((BigDecimal) r[3]);
            }
            for (Object[] r : em.createQuery("SELECT r.category, SUM(r.amount) FROM RedemptionEntity r "
                    + "WHERE r.spentOn BETWEEN :from AND :to GROUP BY r.category", Object[].class)
                    .setParameter("from", period.from()).setParameter("to", period.to()).getResultList()) {
                rows.get((String) r[0]).spent = Money.orZero((BigDecimal) r[1]);
            }
            return new ArrayList<>(rows.values());
        });
    }

    /** What was spent at each venue in the period. */
    public List<ReportRow> byVenue(ReportPeriod period) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT n.id, n.name, n.category, "
                + "COUNT(DISTINCT r.voucherId), SUM(r.amount) FROM RedemptionEntity r, VenueEntity n "
                + "WHERE r.venueId = n.id AND r.spentOn BETWEEN :from AND :to GROUP BY n.id, n.name, n.category "
                + "ORDER BY n.category, n.name", Object[].class).setParameter("from", period.from())
                .setParameter("to", period.to()).getResultList().stream().map(r -> {
                    ReportRow row = new ReportRow();
                    row.venueId = ((Number) r[0]).longValue();
                    row.venueName = (String) r[1];
                    row.category = Category.valueOf((String) r[2]);
                    row.vouchers = ((Number) r[3]).longValue();
                    row.spent = Money.orZero((BigDecimal) r[4]);
                    return row;
                }).toList());
    }

    public List<PersonalDataRecord> export(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<PersonalDataRecord> records = new ArrayList<>();
            for (VoucherEntity v : em.createQuery("SELECT v FROM VoucherEntity v WHERE v.personId = :person ORDER BY v.id",
                    VoucherEntity.class).setParameter("person", personId).getResultList()) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("code", VoucherCodes.format(v.code));
                data.put("value", v.faceValue.toPlainString());
                data.put("spent", v.spent.toPlainString());
                data.put("category", v.category);
                data.put("issuedOn", v.issuedOn.toString());
                data.put("expiresOn", v.expiresOn.toString());
                data.put("status", v.status);
                records.add(PersonalDataRecord.of("VOUCHERS_VOUCHER", v.id, data));
                for (RedemptionEntity r : em.createQuery("SELECT r FROM RedemptionEntity r WHERE r.voucherId = :voucher "
                        + "ORDER BY r.id", RedemptionEntity.class).setParameter("voucher", v.id).getResultList()) {
                    Map<String, Object> spending = new LinkedHashMap<>();
                    spending.put("voucherId", v.id);
                    spending.put("venueId", r.venueId);
                    spending.put("amount", r.amount.toPlainString());
                    spending.put("spentOn", r.spentOn.toString());
                    spending.put("receiptNo", r.receiptNo);
                    records.add(PersonalDataRecord.of("VOUCHERS_REDEMPTION", r.id, spending));
                }
            }
            return records;
        });
    }

    private static BigDecimal balance(EntityManager em, long voucherId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT FACE_VALUE, SPENT_AMOUNT FROM VOUCHERS_VOUCHER WHERE ID = ?")
                .setParameter(1, voucherId).getSingleResult();
        return Money.minus((BigDecimal) row[0], (BigDecimal) row[1]);
    }

    private static VoucherEntity byCode(EntityManager em, String code) {
        return em.createQuery("SELECT v FROM VoucherEntity v WHERE v.code = :code", VoucherEntity.class)
                .setParameter("code", code).getResultList().stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(LocalizedText.of(
                        "Nu există un voucher cu codul " + VoucherCodes.format(code) + ".",
                        "There is no voucher with code " + VoucherCodes.format(code) + ".")));
    }

    private static VoucherEntity entity(EntityManager em, long id) {
        VoucherEntity voucher = em.find(VoucherEntity.class, id);
        if (voucher == null) {
            throw RecordNotFoundException.of(KIND, id);
        }
        return voucher;
    }

    static VoucherDTO toDTO(VoucherEntity v) {
        VoucherDTO dto = new VoucherDTO();
        dto.id = v.id;
        dto.fundId = v.fundId;
        dto.applicationId = v.applicationId;
        dto.personId = v.personId;
        dto.code = VoucherCodes.format(v.code);
        dto.value = Money.orZero(v.faceValue);
        dto.spent = Money.orZero(v.spent);
        dto.balance = Money.minus(v.faceValue, v.spent);
        dto.category = Category.valueOf(v.category);
        dto.issuedOn = v.issuedOn;
        dto.expiresOn = v.expiresOn;
        dto.status = v.status;
        return dto;
    }

    private static RedemptionDTO toDTO(EntityManager em, RedemptionEntity r, boolean repeated) {
        RedemptionDTO dto = new RedemptionDTO();
        dto.id = r.id;
        dto.voucherId = r.voucherId;
        VoucherEntity voucher = em.find(VoucherEntity.class, r.voucherId);
        dto.code = VoucherCodes.format(voucher.code);
        dto.venueId = r.venueId;
        dto.category = Category.valueOf(r.category);
        dto.amount = Money.orZero(r.amount);
        dto.spentOn = r.spentOn;
        dto.receiptNo = r.receiptNo;
        dto.recordedBy = r.recordedBy;
        dto.recordedAt = r.recordedAt;
        dto.balance = balance(em, r.voucherId);
        dto.repeated = repeated;
        return dto;
    }
}
