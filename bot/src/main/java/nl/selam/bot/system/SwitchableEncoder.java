package nl.selam.bot.system;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;

/**
 * The log format chosen by one setting, {@code SELAM_LOG_FORMAT}: {@code text} (default, for people) or
 * {@code json} (one JSON object per line with the MDC's request and conversation ids, for a log collector).
 * Anything else falls back to text, so a typo never silences the log.
 */
public class SwitchableEncoder extends EncoderBase<ILoggingEvent> {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    private String format = "text";
    private Encoder<ILoggingEvent> delegate;

    public void setFormat(String format) {
        this.format = format == null ? "text" : format.strip().toLowerCase();
    }

    boolean json() {
        return "json".equals(format);
    }

    @Override
    public void start() {
        if (json()) {
            JsonEncoder encoder = new JsonEncoder();
            // the message once, formatted; not its pattern and arguments again, nor logback's own bookkeeping
            encoder.setWithFormattedMessage(true);
            encoder.setWithMessage(false);
            encoder.setWithArguments(false);
            encoder.setWithSequenceNumber(false);
            encoder.setWithNanoseconds(false);
            encoder.setWithContext(false);
            delegate = encoder;
        } else {
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setPattern(PATTERN);
            delegate = encoder;
        }
        delegate.setContext(getContext());
        delegate.start();
        if (!json() && !"text".equals(format)) {
            addWarn("SELAM_LOG_FORMAT=" + format + " is not text or json: writing text");
        }
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
