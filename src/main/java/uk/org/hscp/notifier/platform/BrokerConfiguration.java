package uk.org.hscp.notifier.platform;

import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redelivery and dead letters for the embedded broker. An external broker needs the same address
 * settings in its broker.xml (see docker/artemis/broker.xml).
 */
@Configuration
class BrokerConfiguration {

    @Bean
    ArtemisConfigurationCustomizer redeliveryWithBackOff() {
        return configuration -> {
            configuration.addAddressSetting("intake.received", redelivery("intake.dead"));
            configuration.addAddressSetting("dispatch.outbound", redelivery("dispatch.dead"));
        };
    }

    private static AddressSettings redelivery(String deadLetterAddress) {
        return new AddressSettings()
                .setMaxDeliveryAttempts(5)
                .setRedeliveryDelay(2_000)
                .setRedeliveryMultiplier(3.0)
                .setMaxRedeliveryDelay(300_000)
                .setDeadLetterAddress(org.apache.activemq.artemis.api.core.SimpleString.of(deadLetterAddress));
    }
}
