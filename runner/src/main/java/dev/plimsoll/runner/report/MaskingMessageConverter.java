package dev.plimsoll.runner.report;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.plimsoll.engine.Secrets;

/** {@code %msg} of the runner's log output ({@code -v}) with every registered secret masked. */
public final class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Secrets.registered().mask(super.convert(event));
    }
}
