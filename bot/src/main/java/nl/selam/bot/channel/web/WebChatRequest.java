package nl.selam.bot.channel.web;

import io.micronaut.core.annotation.Nullable;
import nl.selam.bot.conversation.contract.Action;
import nl.selam.kb.language.Language;

/**
 * One validated web chat message.
 *
 * @param id       the page's own id for this message; a resend with the same id is a no-op
 * @param text     what the resident wrote, or the words on the button they pressed
 * @param command  the button pressed ({@link Action.AskPerson} or {@link Action.ReturnToAssistant}), or null
 * @param language the language the resident chose on the page, or null
 */
record WebChatRequest(String id, @Nullable String text, @Nullable Action command,
                      @Nullable Language language) {
}
