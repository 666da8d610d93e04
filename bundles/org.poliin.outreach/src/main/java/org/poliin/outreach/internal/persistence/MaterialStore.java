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
import org.poliin.outreach.internal.MaterialDTO;
import org.poliin.outreach.internal.MaterialInput;
import org.poliin.outreach.internal.OutreachModule;

/**
 * Promotional materials and their stock. A stock is lowered only by a conditional UPDATE
 * ({@code ... WHERE STOCK >= n}), and the table's CHECK constraint refuses a negative stock, so two
 * visits recorded at the same time can never hand out more than there is.
 */
@Component(service = MaterialStore.class)
public final class MaterialStore {

    public static final LocalizedText KIND = LocalizedText.of("material promoțional", "promotional material");

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public MaterialStore(@Reference(target = "(osgi.unit.name=poliin-outreach)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=outreach)") MigratedSchema schema, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    public MaterialDTO create(MaterialInput input) {
        return jpa.txExpr(TransactionType.Required, em -> {
            String name = input.name.strip();
            if (byName(em, name).isPresent()) {
                throw duplicate(name);
            }
            MaterialEntity material = new MaterialEntity();
            material.name = name;
            material.description = text(input.description);
            material.stock = input.stock == null ? 0 : input.stock;
            em.persist(material);
            em.flush();
            audit.record(AuditRecord.of(OutreachModule.ID, "outreach.material.create", "outreach-material", material.id)
                    .withDetail("stock=" + material.stock));
            return toDTO(material);
        });
    }

    /** Changes the name and description; the stock changes only through {@link #changeStock} and visits. */
    public MaterialDTO update(long id, MaterialInput input) {
        return jpa.txExpr(TransactionType.Required, em -> {
            MaterialEntity material = entity(em, id);
            if (input.version == null) {
                throw InvalidInputException.of("version", LocalizedText.of(
                        "este obligatorie la modificare: trimiteți versiunea citită",
                        "is required for an update: send the version you read"));
            }
            if (input.version != material.version) {
                throw new StaleRecordException(KIND, id, input.version, material.version);
            }
            String name = input.name.strip();
            byName(em, name).filter(other -> other.id != id).ifPresent(other -> {
                throw duplicate(name);
            });
            if (!Objects.equals(material.name, name) || !Objects.equals(material.description, text(input.description))) {
                material.name = name;
                material.description = text(input.description);
                em.flush();
                audit.record(AuditRecord.of(OutreachModule.ID, "outreach.material.update", "outreach-material", id));
            }
            return toDTO(material);
        });
    }

    /** A delivery (positive) or a write-off (negative); a write-off below zero is a 409 naming the item. */
    public MaterialDTO changeStock(long id, int change) {
        if (change == 0) {
            throw InvalidInputException.of("change", LocalizedText.of("nu poate fi 0", "cannot be 0"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            if (change > 0) {
                em.createQuery("UPDATE MaterialEntity m SET m.stock = m.stock + :n, m.version = m.version + 1 "
                        + "WHERE m.id = :id").setParameter("n", change).setParameter("id", id).executeUpdate();
            } else {
                take(em, id, -change);
            }
            MaterialDTO material = toDTO(entity(em, id));
            audit.record(AuditRecord.of(OutreachModule.ID, "outreach.material.stock", "outreach-material", id)
                    .withDetail("change=" + change + ", stock=" + material.stock));
            return material;
        });
    }

    /**
     * Takes {@code quantity} out of the stock inside the caller's transaction, or refuses with a 409
     * naming the item and what is left; a missing material is a 404.
     */
    public void takeOut(long id, int quantity) {
        jpa.tx(TransactionType.Mandatory, em -> take(em, id, quantity));
    }

    private static void take(EntityManager em, long id, int quantity) {
        int updated = em.createQuery("UPDATE MaterialEntity m SET m.stock = m.stock - :n, m.version = m.version + 1 "
                + "WHERE m.id = :id AND m.stock >= :n").setParameter("n", quantity).setParameter("id", id).executeUpdate();
        if (updated == 0) {
            MaterialEntity material = entity(em, id);
            throw new ConflictException(LocalizedText.of(
                    "Stoc insuficient pentru „" + material.name + "”: se cer " + quantity + ", în stoc sunt "
                            + material.stock + ".",
                    "Not enough stock of \"" + material.name + "\": " + quantity + " asked, " + material.stock
                            + " in stock."));
        }
    }

    public MaterialDTO get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toDTO(entity(em, id)));
    }

    public Optional<MaterialDTO> findByName(String name) {
        return jpa.txExpr(TransactionType.Supports, em -> byName(em, name.strip()).map(MaterialStore::toDTO));
    }

    /**
     * The materials by name (unique, so the name alone is the key), by key or by number; the unique
     * index of the name serves the order. The total is counted only when asked.
     */
    public Page<MaterialDTO> page(PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<MaterialDTO> found = pageQuery(em, page).getResultList().stream().map(MaterialStore::toDTO).toList();
            long total = page.count()
                    ? em.createQuery("SELECT COUNT(m) FROM MaterialEntity m", Long.class).getSingleResult()
                    : Page.NOT_COUNTED;
            return Page.of(found, page, material -> PageCursor.of(material.name), total);
        });
    }

    /** The query of one page of {@link #page}: {@code size + 1} rows after the cursor or the offset. */
    static TypedQuery<MaterialEntity> pageQuery(EntityManager em, PageRequest page) {
        PageCursor after = page.cursor(1);
        TypedQuery<MaterialEntity> query = em.createQuery("SELECT m FROM MaterialEntity m"
                + (after == null ? "" : " WHERE m.name > :name") + " ORDER BY m.name", MaterialEntity.class);
        if (after != null) {
            query.setParameter("name", after.text(0));
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.fetchSize());
    }

    static MaterialEntity entity(EntityManager em, long id) {
        MaterialEntity material = em.find(MaterialEntity.class, id);
        if (material == null) {
            throw RecordNotFoundException.of(KIND, id);
        }
        // a bulk UPDATE may have changed the row after it was read into this transaction
        em.refresh(material);
        return material;
    }

    private static Optional<MaterialEntity> byName(EntityManager em, String name) {
        return em.createQuery("SELECT m FROM MaterialEntity m WHERE m.name = :name", MaterialEntity.class)
                .setParameter("name", name).getResultList().stream().findFirst();
    }

    private static ConflictException duplicate(String name) {
        return new ConflictException(LocalizedText.of("Există deja un material cu numele „" + name + "”.",
                "A material named \"" + name + "\" exists already."));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static MaterialDTO toDTO(MaterialEntity material) {
        MaterialDTO dto = new MaterialDTO();
        dto.id = material.id;
        dto.name = material.name;
        dto.description = material.description;
        dto.stock = material.stock;
        dto.version = material.version;
        return dto;
    }
}
