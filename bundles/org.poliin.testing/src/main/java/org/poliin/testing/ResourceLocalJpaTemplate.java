package org.poliin.testing;

import java.util.ArrayDeque;
import java.util.Deque;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TransactionRequiredException;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * A JpaTemplate over resource-local transactions, with the propagation rules of the platform's JTA
 * template: Required joins or begins, RequiresNew always begins, Mandatory needs one, Supports joins
 * when there is one. Not for production: one thread, one database.
 */
final class ResourceLocalJpaTemplate implements JpaTemplate {

    private final EntityManagerFactory factory;
    private final ThreadLocal<Deque<EntityManager>> transactions = ThreadLocal.withInitial(ArrayDeque::new);

    ResourceLocalJpaTemplate(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        Deque<EntityManager> stack = transactions.get();
        EntityManager current = stack.peek();
        switch (type) {
            case Mandatory:
                if (current == null) {
                    throw new TransactionRequiredException("No transaction is active");
                }
                return call(code, current);
            case Required:
            case Supports:
                if (current != null) {
                    return call(code, current);
                }
                return type == TransactionType.Required ? inNewTransaction(code) : withoutTransaction(code);
            case RequiresNew:
                return inNewTransaction(code);
            case Never:
                if (current != null) {
                    throw new IllegalStateException("A transaction is active");
                }
                return withoutTransaction(code);
            case NotSupported:
            default:
                return withoutTransaction(code);
        }
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    private <R> R inNewTransaction(EmFunction<R> code) {
        EntityManager em = factory.createEntityManager();
        Deque<EntityManager> stack = transactions.get();
        stack.push(em);
        try {
            em.getTransaction().begin();
            R result = code.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } catch (Exception e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw new RuntimeException(e);
        } finally {
            stack.pop();
            em.close();
        }
    }

    private <R> R withoutTransaction(EmFunction<R> code) {
        EntityManager em = factory.createEntityManager();
        try {
            return call(code, em);
        } finally {
            em.close();
        }
    }

    private static <R> R call(EmFunction<R> code, EntityManager em) {
        try {
            return code.apply(em);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
