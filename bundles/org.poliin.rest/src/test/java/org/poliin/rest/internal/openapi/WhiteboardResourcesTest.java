package org.poliin.rest.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

class WhiteboardResourcesTest {

    private final BundleContext context = mock(BundleContext.class);
    private final JaxrsServiceRuntime runtime = mock(JaxrsServiceRuntime.class);

    private static ApplicationDTO application(String name, long... resourceIds) {
        ApplicationDTO application = new ApplicationDTO();
        application.name = name;
        application.resourceDTOs = new ResourceDTO[resourceIds.length];
        for (int i = 0; i < resourceIds.length; i++) {
            application.resourceDTOs[i] = new ResourceDTO();
            application.resourceDTOs[i].serviceId = resourceIds[i];
        }
        return application;
    }

    @Test
    void theRuntimeSaysWhichResourcesAreActive() {
        RuntimeDTO dto = new RuntimeDTO();
        dto.applicationDTOs = new ApplicationDTO[] { application(".default", 1), application("poliin", 5, 7) };
        when(runtime.getRuntimeDTO()).thenReturn(dto);

        WhiteboardResources resources = new WhiteboardResources(context, () -> runtime);

        assertThat(resources.activeResourceIds()).containsExactly(5L, 7L);
    }

    @Test
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void withoutRuntimeTheResourcesThatSelectTheApplicationCount() throws Exception {
        ServiceReference ours = mock(ServiceReference.class);
        when(ours.getProperty("osgi.jaxrs.application.select")).thenReturn("(osgi.jaxrs.name=poliin)");
        when(ours.getProperty(Constants.SERVICE_ID)).thenReturn(5L);
        ServiceReference other = mock(ServiceReference.class);
        when(other.getProperty("osgi.jaxrs.application.select")).thenReturn("(osgi.jaxrs.name=other)");
        when(other.getProperty(Constants.SERVICE_ID)).thenReturn(6L);
        ServiceReference defaultApp = mock(ServiceReference.class);
        when(defaultApp.getProperty(Constants.SERVICE_ID)).thenReturn(7L);
        when(context.getServiceReferences((String) null, "(osgi.jaxrs.resource=true)"))
                .thenReturn(new ServiceReference[] { ours, other, defaultApp });

        WhiteboardResources resources = new WhiteboardResources(context, () -> null);

        assertThat(resources.activeResourceIds()).containsExactly(5L);
    }

    @Test
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void theRegisteredTypeIsUsedWithoutCreatingTheResource() throws Exception {
        Bundle bundle = mock(Bundle.class);
        ServiceReference reference = mock(ServiceReference.class);
        when(reference.getBundle()).thenReturn(bundle);
        when(reference.getProperty(Constants.OBJECTCLASS)).thenReturn(new String[] { SampleResources.Schools.class.getName() });
        when(bundle.loadClass(SampleResources.Schools.class.getName())).thenReturn((Class) SampleResources.Schools.class);
        when(context.getServiceReferences((String) isNull(), eq("(service.id=20)"))).thenReturn(new ServiceReference[] { reference });

        WhiteboardResources resources = new WhiteboardResources(context, () -> null);

        assertThat(resources.resourceClass(20)).contains(SampleResources.Schools.class);
        verify(context, never()).getServiceObjects(reference);
    }

    @Test
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void aResourceRegisteredUnderAnotherTypeIsAskedForItsClass() throws Exception {
        Bundle bundle = mock(Bundle.class);
        ServiceReference reference = mock(ServiceReference.class);
        ServiceObjects objects = mock(ServiceObjects.class);
        Object service = new SampleResources.Vouchers();
        when(reference.getBundle()).thenReturn(bundle);
        when(reference.getProperty(Constants.OBJECTCLASS)).thenReturn(new String[] { Object.class.getName() });
        when(bundle.loadClass(Object.class.getName())).thenReturn((Class) Object.class);
        when(context.getServiceReferences((String) isNull(), anyString())).thenReturn(new ServiceReference[] { reference });
        when(context.getServiceObjects(reference)).thenReturn(objects);
        when(objects.getService()).thenReturn(service);

        WhiteboardResources resources = new WhiteboardResources(context, () -> null);

        assertThat(resources.resourceClass(30)).contains(SampleResources.Vouchers.class);
        verify(objects).ungetService(service);
    }

    @Test
    void aResourceGoneMeanwhileHasNoClass() throws Exception {
        when(context.getServiceReferences((String) isNull(), anyString())).thenReturn(null);

        assertThat(new WhiteboardResources(context, () -> null).resourceClass(99)).isEmpty();
    }
}
