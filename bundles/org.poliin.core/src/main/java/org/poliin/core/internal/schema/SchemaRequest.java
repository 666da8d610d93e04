package org.poliin.core.internal.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.namespace.extender.ExtenderNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.poliin.api.persistence.MigratedSchema;

/** What a bundle asks of the extender: its schema's name and changelog, from its {@code @ManagedSchema} requirement. */
record SchemaRequest(Bundle bundle, String name, String changelog) {

    static final String NAME_ATTRIBUTE = "poliin.schema";
    static final String CHANGELOG_ATTRIBUTE = "poliin.schema.changelog";

    /**
     * The request of {@code bundle}, if the bundle is wired to this extender ({@code extender}): only
     * bundles resolved against us are ours to migrate, so two platform versions never both act.
     */
    static Optional<SchemaRequest> of(Bundle bundle, Bundle extender) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return Optional.empty();
        }
        List<BundleWire> wires = wiring.getRequiredWires(ExtenderNamespace.EXTENDER_NAMESPACE);
        if (wires == null) {
            return Optional.empty();
        }
        for (BundleWire wire : wires) {
            Object extenderName = wire.getCapability().getAttributes().get(ExtenderNamespace.EXTENDER_NAMESPACE);
            if (MigratedSchema.EXTENDER.equals(extenderName) && wire.getProviderWiring().getBundle().equals(extender)) {
                Map<String, Object> attributes = wire.getRequirement().getAttributes();
                Object name = attributes.get(NAME_ATTRIBUTE);
                Object changelog = attributes.get(CHANGELOG_ATTRIBUTE);
                if (name != null && changelog != null) {
                    return Optional.of(new SchemaRequest(bundle, name.toString(), changelog.toString()));
                }
            }
        }
        return Optional.empty();
    }
}
