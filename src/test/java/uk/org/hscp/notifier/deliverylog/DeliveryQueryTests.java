package uk.org.hscp.notifier.deliverylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DeliveryQueryTests {

    @Test
    void failedMeansEveryFailureStatusAndOneStatusMeansItself() {
        assertThat(query("failed").statuses()).containsExactlyInAnyOrder("TEMPORARY_FAILURE", "PERMANENT_FAILURE", "BOUNCED");
        assertThat(query("SENT").statuses()).containsExactly("SENT");
        assertThat(query(null).statuses()).isEmpty();
    }

    @Test
    void anUnknownStatusIsRefusedNamingTheChoices() {
        assertThatThrownBy(() -> query("LOST")).isInstanceOf(DeliveryQuery.InvalidQuery.class)
                .hasMessageContaining("FAILED").hasMessageContaining("BOUNCED");
    }

    private static DeliveryQuery query(String status) {
        return new DeliveryQuery(Optional.empty(), Optional.ofNullable(status), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), DeliveryQuery.DEFAULT_SIZE);
    }
}
