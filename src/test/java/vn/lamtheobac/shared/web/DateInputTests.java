package vn.lamtheobac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as people type them on a computer or a phone keyboard: day, month, year, nothing else, and only real days. */
class DateInputTests {

    @ParameterizedTest
    @ValueSource(strings = {"18/05/2023", "18-05-2023", "18.05.2023", "18052023", "18/5/2023", " 18/05/2023 "})
    void aDayIsTypedWithSlashesDashesDotsOrAsEightDigits(String text) {
        assertThat(DateInput.parse(text)).isEqualTo(LocalDate.of(2023, 5, 18));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01/01/2024", "1/1/2024", "01012024", "1.1.2024"})
    void singleDigitDaysAndMonthsAreAccepted(String text) {
        assertThat(DateInput.parse(text)).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"29/02/2024", "29022024", "31/12/2023", "31-01-2023"})
    void theLastDayOfAMonthIsAccepted(String text) {
        assertThat(DateInput.parse(text).getDayOfMonth()).isGreaterThanOrEqualTo(29);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "31/02/2023",
                "29/02/2023",
                "31042023",
                "30.02.2024",
                "00/05/2023",
                "18/13/2023",
                "18/00/2023",
                "32/01/2023"
            })
    void daysThatAreNotInTheCalendarAreRefused(String text) {
        assertThatThrownBy(() -> DateInput.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "18/05/23",
                "1852023",
                "180520231",
                "18/05-2023",
                "2023-05-18",
                "18/05/2023/",
                "18 05 2023",
                "ab/cd/efgh",
                "18//05/2023",
                "１８/05/2023"
            })
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> DateInput.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"18/05/2023", "18052023"})
    void datesArePrintedAsDayMonthYearWithSlashes(String text) {
        assertThat(DateInput.print(DateInput.parse(text))).isEqualTo("18/05/2023");
    }
}
