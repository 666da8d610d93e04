package org.poliin.security.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.ext.WriterInterceptorContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.security.PlatformUser;

class RequestEndFilterTest {

    private final ThreadCurrentUser holder = new ThreadCurrentUser();
    private final RequestEndFilter filter = new RequestEndFilter(holder);
    private final PlatformUser ana = new PlatformUser("ana", Set.of("staff"));

    @BeforeEach
    void inARequest() {
        holder.begin("reason");
        holder.authenticated(ana);
    }

    @Test
    void anAnswerWithoutBodyEndsTheRequestInTheResponseFilter() {
        ContainerResponseContext response = mock(ContainerResponseContext.class);
        when(response.hasEntity()).thenReturn(false);

        filter.filter(mock(ContainerRequestContext.class), response);

        assertThat(holder.get()).isEmpty();
        assertThat(holder.reason()).isEmpty();
    }

    @Test
    void aBodyIsWrittenOnBehalfOfTheUserAndTheRequestEndsAfterwards() throws IOException {
        ContainerResponseContext response = mock(ContainerResponseContext.class);
        when(response.hasEntity()).thenReturn(true);
        filter.filter(mock(ContainerRequestContext.class), response);
        assertThat(holder.get()).contains(ana);

        AtomicReference<Optional<PlatformUser>> whileWriting = new AtomicReference<>();
        WriterInterceptorContext writing = mock(WriterInterceptorContext.class);
        doAnswer(call -> {
            whileWriting.set(holder.get());
            return null;
        }).when(writing).proceed();

        filter.aroundWriteTo(writing);

        assertThat(whileWriting.get()).contains(ana);
        assertThat(holder.get()).isEmpty();
    }

    @Test
    void aFailedWriteEndsTheRequestToo() throws IOException {
        WriterInterceptorContext writing = mock(WriterInterceptorContext.class);
        doThrow(new IOException("client gone")).when(writing).proceed();

        assertThatThrownBy(() -> filter.aroundWriteTo(writing)).isInstanceOf(IOException.class);
        assertThat(holder.get()).isEmpty();
    }
}
