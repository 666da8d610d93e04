package org.poliin.outreach.internal.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
import org.poliin.api.errors.StaleRecordException;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.outreach.internal.CampaignDTO;
import org.poliin.outreach.internal.CampaignInput;
import org.poliin.outreach.internal.OutreachModule;

/** Visiting campaigns. */
@Component(service = CampaignStore.class)
public final class CampaignStore {

    public static final LocalizedText KIND = LocalizedText.of("campanie", "campaign");

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public CampaignStore(@Reference(target = "(osgi.unit.name=poliin-outreach)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=outreach)") MigratedSchema schema, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    public CampaignDTO create(CampaignInput input) {
        checkDates(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            String name = input.name.strip();
            if (byName(em, name).isPresent()) {
                throw duplicate(name);
            }
            CampaignEntity campaign = new CampaignEntity();
            assign(campaign, input);
            em.persist(campaign);
            em.flush();
            audit.record(AuditRecord.of(OutreachModule.ID, "outreach.campaign.create", "outreach-campaign", campaign.id));
            return toDTO(campaign);
        });
    }

    public CampaignDTO update(long id, CampaignInput input) {
        checkDates(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            CampaignEntity campaign = entity(em, id);
            if (input.version == null) {
                throw InvalidInputException.of("version", LocalizedText.of(
                        "este obligatorie la modificare: trimiteți versiunea citită",
                        "is required for an update: send the version you read"));
            }
            if (input.version != campaign.version) {
                throw new StaleRecordException(KIND, id, input.version, campaign.version);
            }
            String name = input.name.strip();
            byName(em, name).filter(other -> other.id != id).ifPresent(other -> {
                throw duplicate(name);
            });
            if (assign(campaign, input)) {
                em.flush();
                audit.record(AuditRecord.of(OutreachModule.ID, "outreach.campaign.update", "outreach-campaign", id));
            }
            return toDTO(campaign);
        });
    }

    public CampaignDTO get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toDTO(entity(em, id)));
    }

    public Optional<CampaignDTO> findByName(String name) {
        return jpa.txExpr(TransactionType.Supports, em -> byName(em, name.strip()).map(CampaignStore::toDTO));
    }

    /**
     * The campaigns, newest first (start day, then id, both descending), by key or by number; the index
     * {@code IX_OUTREACH_CAMPAIGN_START} holds that order. The total is counted only when asked.
     */
    public Page<CampaignDTO> page(PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<CampaignDTO> found = pageQuery(em, page).getResultList().stream().map(CampaignStore::toDTO).toList();
            long total = page.count()
                    ? em.createQuery("SELECT COUNT(c) FROM CampaignEntity c", Long.class).getSingleResult()
                    : Page.NOT_COUNTED;
            return Page.of(found, page, campaign -> PageCursor.of(campaign.startsOn, campaign.id), total);
        });
    }

    /** The query of one page of {@link #page}: {@code size + 1} rows after the cursor or the offset. */
    static TypedQuery<CampaignEntity> pageQuery(EntityManager em, PageRequest page) {
        PageCursor after = page.cursor(2);
        TypedQuery<CampaignEntity> query = em.createQuery("SELECT c FROM CampaignEntity c"
                + (after == null ? "" : " WHERE c.startsOn <= :day AND (c.startsOn < :day OR c.id < :id)")
                + " ORDER BY c.startsOn DESC, c.id DESC", CampaignEntity.class);
        if (after != null) {
            query.setParameter("day", after.date(0)).setParameter("id", after.number(1));
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.fetchSize());
    }

    static CampaignEntity entity(EntityManager em, long id) {
        CampaignEntity campaign = em.find(CampaignEntity.class, id);
        if (campaign == null) {
            throw RecordNotFoundException.of(KIND, id);
        }
        return campaign;
    }

    private static void checkDates(CampaignInput input) {
        if (input.endsOn != null && input.endsOn.isBefore(input.startsOn)) {
            throw InvalidInputException.of("endsOn", LocalizedText.of(
                    "nu poate fi înainte de începutul campaniei (" + input.startsOn + ")",
                    "cannot be before the campaign starts (" + input.startsOn + ")"));
        }
    }

    private static Optional<CampaignEntity> byName(EntityManager em, String name) {
        return em.createQuery("SELECT c FROM CampaignEntity c WHERE c.name = :name", CampaignEntity.class)
                .setParameter("name", name).getResultList().stream().findFirst();
    }

    private static ConflictException duplicate(String name) {
        return new ConflictException(LocalizedText.of("Există deja o campanie cu numele „" + name + "”.",
                "A campaign named \"" + name + "\" exists already."));
    }

    private static boolean assign(CampaignEntity campaign, CampaignInput input) {
        String name = input.name.strip();
        String description = input.description == null || input.description.isBlank() ? null : input.description.strip();
        String session = input.admissionSession.strip();
        boolean changed = !Objects.equals(campaign.name, name) || !Objects.equals(campaign.description, description)
                || !Objects.equals(campaign.startsOn, input.startsOn) || !Objects.equals(campaign.endsOn, input.endsOn)
                || !Objects.equals(campaign.admissionSession, session);
        campaign.name = name;
        campaign.description = description;
        campaign.startsOn = input.startsOn;
        campaign.endsOn = input.endsOn;
        campaign.admissionSession = session;
        return changed;
    }

    static CampaignDTO toDTO(CampaignEntity campaign) {
        CampaignDTO dto = new CampaignDTO();
        dto.id = campaign.id;
        dto.name = campaign.name;
        dto.description = campaign.description;
        dto.startsOn = campaign.startsOn;
        dto.endsOn = campaign.endsOn;
        dto.admissionSession = campaign.admissionSession;
        dto.version = campaign.version;
        return dto;
    }
}
