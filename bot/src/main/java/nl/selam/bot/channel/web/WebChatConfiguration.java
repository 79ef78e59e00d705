package nl.selam.bot.channel.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code selam.web.secure-cookie} (env {@code SELAM_WEB_SECURE_COOKIE}): mark the session cookie Secure. Leave
 * false only for plain-http development on localhost; set true behind HTTPS.
 * {@code selam.web.media-max-bytes} (env {@code SELAM_WEB_MEDIA_MAX_BYTES}, default 10 MB): the largest photo,
 * document or voice note a resident may send; must stay below {@code micronaut.server.max-request-size}.
 */
@ConfigurationProperties("selam.web")
record WebChatConfiguration(@Bindable(defaultValue = "false") boolean secureCookie,
                            @Bindable(defaultValue = "10485760") long mediaMaxBytes) {
}
