package nl.selam.bot.channel.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code selam.web.secure-cookie} (env {@code SELAM_WEB_SECURE_COOKIE}): mark the session cookie Secure. Leave
 * false only for plain-http development on localhost; set true behind HTTPS.
 */
@ConfigurationProperties("selam.web")
record WebChatConfiguration(@Bindable(defaultValue = "false") boolean secureCookie) {
}
