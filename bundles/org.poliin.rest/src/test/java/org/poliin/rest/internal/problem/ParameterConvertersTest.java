package org.poliin.rest.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;

import org.junit.jupiter.api.Test;
import org.poliin.api.organisation.OrganisationType;

class ParameterConvertersTest {

    private final ParameterConverters converters = new ParameterConverters();

    @SuppressWarnings("unused")
    void sample(@QueryParam("page") int page, @PathParam("id") Long id, @QueryParam("type") OrganisationType type,
            @QueryParam("from") LocalDate from, @QueryParam("amount") BigDecimal amount, @QueryParam("ref") UUID ref,
            String body) {
    }

    private static Annotation[] annotations(int index) throws NoSuchMethodException {
        Method method = ParameterConvertersTest.class.getDeclaredMethod("sample", int.class, Long.class,
                OrganisationType.class, LocalDate.class, BigDecimal.class, UUID.class, String.class);
        return method.getParameterAnnotations()[index];
    }

    @Test
    void convertsGoodValues() throws Exception {
        assertThat(converters.getConverter(int.class, int.class, annotations(0)).fromString("3")).isEqualTo(3);
        assertThat(converters.getConverter(Long.class, Long.class, annotations(1)).fromString("42")).isEqualTo(42L);
        assertThat(converters.getConverter(OrganisationType.class, OrganisationType.class, annotations(2))
                .fromString("high-school")).isEqualTo(OrganisationType.HIGH_SCHOOL);
        assertThat(converters.getConverter(LocalDate.class, LocalDate.class, annotations(3)).fromString("2024-10-15"))
                .isEqualTo(LocalDate.of(2024, 10, 15));
        assertThat(converters.getConverter(BigDecimal.class, BigDecimal.class, annotations(4)).fromString("12.50"))
                .isEqualByComparingTo("12.5");
        assertThat(converters.getConverter(Long.class, Long.class, annotations(1)).fromString("")).isNull();
    }

    @Test
    void badValuesNameTheParameter() throws Exception {
        ParamConverter<Integer> page = converters.getConverter(int.class, int.class, annotations(0));
        ParamConverter<OrganisationType> type = converters.getConverter(OrganisationType.class, OrganisationType.class,
                annotations(2));

        assertThatThrownBy(() -> page.fromString("abc")).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.violation().field).isEqualTo("page");
            assertThat(e.violation().message.en).isEqualTo("must be an integer");
            assertThat(e.getResponse().getStatus()).isEqualTo(400);
        });
        assertThatThrownBy(() -> page.fromString("")).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> type.fromString("castle")).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.violation().message.ro).startsWith("trebuie să fie una dintre valorile HIGH_SCHOOL, "));
    }

    @Test
    void leavesOtherParametersToJaxRs() throws Exception {
        assertThat(converters.getConverter(String.class, String.class, annotations(0))).isNull();
        assertThat(converters.getConverter(Long.class, Long.class, annotations(6))).isNull();
    }
}
