package nl.selam.bot.channel.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.conversation.Resident;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.escalation.StaffFile;
import nl.selam.bot.escalation.StaffFiles;

/**
 * {@code GET /api/chat/files/{id}}: a file a tolk sent, for the web chat session it was sent to and nobody else.
 * The session cookie (path /api/chat) names the resident; any other session, an undelivered message or a message
 * that is not a staff file gets the same 404, so ids cannot be probed.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/chat/files")
class WebChatFileController {

    private final ResidentDirectory residents;
    private final MessageRepository messages;
    private final StaffFiles files;

    WebChatFileController(ResidentDirectory residents, MessageRepository messages, StaffFiles files) {
        this.residents = residents;
        this.messages = messages;
        this.files = files;
    }

    @Get(value = "/{id}", produces = MediaType.ALL)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> file(@Nullable @CookieValue(WebSession.COOKIE) String cookie, @PathVariable long id) {
        WebSession session = WebSession.parse(cookie);
        Resident resident = session == null ? null
                : residents.find(WebChannelSender.CHANNEL, session.residentKey()).orElse(null);
        if (resident == null) {
            return HttpResponse.status(HttpStatus.NOT_FOUND);
        }
        Message m = messages.findById(id).filter(x -> x.residentId().equals(resident.id()))
                .filter(x -> x.kind() == MessageKind.STAFF_FILE && x.deliveredAt() != null).orElse(null);
        StaffFile f = m == null ? null : files.of(m.id()).orElse(null);
        if (f == null) {
            return HttpResponse.status(HttpStatus.NOT_FOUND);
        }
        return StaffFiles.download(f);
    }
}
