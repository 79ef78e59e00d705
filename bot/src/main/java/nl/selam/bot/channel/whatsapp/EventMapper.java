package nl.selam.bot.channel.whatsapp;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.contract.Action;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.kb.language.Language;
import nl.selam.translations.Messages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a resident's WhatsApp message into the contract's events. WhatsApp has no bot commands, so a message that
 * is only a command word ({@code menu}, {@code taal}, {@code privacy}, {@code vergeet}, {@code mens}, with or without
 * a slash, or the same word in the resident's language from the catalogues' {@code whatsapp.command.*}) is that
 * command; a tapped button or list row carries the action Selam put on it. A first contact is greeted (language
 * choice) before the message itself is handled.
 */
@Singleton
class EventMapper {

    private static final int MAX_KEY = 100;

    private final Map<String, Function<Origin, InboundEvent>> commands = new HashMap<>();

    EventMapper(Messages texts) {
        Map<String, Function<Origin, InboundEvent>> byKey = Map.of(
                "whatsapp.command.menu", o -> new InboundEvent.MenuChosen(o, null),
                "whatsapp.command.language", InboundEvent.LanguageMenu::new,
                "whatsapp.command.privacy", InboundEvent.PrivacyRequested::new,
                "whatsapp.command.erase", InboundEvent.EraseRequested::new,
                "whatsapp.command.person", o -> new InboundEvent.PersonRequested(o, null),
                "whatsapp.command.start", o -> new InboundEvent.Start(o, null));
        for (String language : Language.answeredCodes()) {
            byKey.forEach((key, event) -> {
                for (String word : texts.format(key, language).split(",")) {
                    commands.putIfAbsent(normalise(word), event);
                }
            });
        }
    }

    /** The events this message means, in order; empty for a button Selam did not issue (stale or forged). */
    List<InboundEvent> map(String userId, WebhookEvent.Incoming incoming, boolean firstContact) {
        Origin origin = new Origin(WhatsAppInbox.CHANNEL, inboxKey(incoming.wamid()), userId);
        List<InboundEvent> events = new ArrayList<>();
        event(origin, incoming.content()).ifPresent(event -> {
            if (firstContact && !(event instanceof InboundEvent.Start)) {
                events.add(new InboundEvent.Start(new Origin(WhatsAppInbox.CHANNEL,
                        inboxKey(incoming.wamid() + "#start"), userId), null));
            }
            events.add(event);
        });
        return events;
    }

    private Optional<InboundEvent> event(Origin origin, WebhookEvent.Content content) {
        if (content instanceof WebhookEvent.Text text) {
            Function<Origin, InboundEvent> command = commands.get(normalise(text.body()));
            return Optional.of(command != null ? command.apply(origin) : new InboundEvent.Text(origin, text.body()));
        }
        if (content instanceof WebhookEvent.Choice choice) {
            // no label: Meta echoes the title as shown, cut to 20 characters, and the core reads a label as the
            // resident's words (its crisis check took "Terug naar de assis…" for a crisis)
            return Action.parse(choice.id()).map(action -> action.toEvent(origin, null));
        }
        if (content instanceof WebhookEvent.Media media) {
            return Optional.of(new InboundEvent.Media(origin, MediaReference.of(media), media.caption()));
        }
        return Optional.of(new InboundEvent.Unsupported(origin));
    }

    private static String normalise(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return w.startsWith("/") ? w.substring(1) : w;
    }

    /** Meta's wamid, or its SHA-256 when it is longer than the inbox key column. */
    static String inboxKey(String wamid) {
        if (wamid.length() <= MAX_KEY) {
            return wamid;
        }
        try {
            return "h:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(wamid.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
