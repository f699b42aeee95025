package uk.org.hscp.notifier.platform;

import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.SingleConnectionFactory;

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

    /**
     * Consumers take one message at a time from the broker instead of buffering up to 1 MiB of them: a buffered
     * message has left the queue's priority order, so a reply to a sender would wait behind a burst of reminders
     * already handed to a consumer. The cost is a round trip per message, in the JVM for the embedded broker.
     */
    @Bean
    static BeanPostProcessor consumersTakeOneMessageAtATime() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                Object factory = bean instanceof SingleConnectionFactory cached
                        ? cached.getTargetConnectionFactory() : bean;
                if (factory instanceof ActiveMQConnectionFactory artemis) {
                    artemis.setConsumerWindowSize(0);
                }
                return bean;
            }
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
