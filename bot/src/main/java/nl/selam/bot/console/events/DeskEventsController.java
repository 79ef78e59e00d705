package nl.selam.bot.console.events;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import nl.selam.bot.console.access.ConsoleSessions;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.console.access.ConsoleUsers;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;

/**
 * {@code GET /console/events}: the desk's server-sent events for one logged-in tolk or sleutelpersoon, only about
 * their own languages. The stream was authenticated when it opened; every {@code heartbeat} it checks again that
 * the login is still live and the account active, and ends when it is not (logout, deactivation, a language taken
 * away is seen at the next reconnect).
 */
// a console page's event stream, not one of the JSON APIs the OpenAPI description is for
@io.swagger.v3.oas.annotations.Hidden
@Controller("/console/events")
@Secured({"TOLK", "SLEUTELPERSOON"})
class DeskEventsController {

    private final ConsoleUsers users;
    private final ConsoleSessions sessions;
    private final DeskFeed feed;
    private final Duration heartbeat;

    DeskEventsController(ConsoleUsers users, ConsoleSessions sessions, DeskFeed feed,
                         @io.micronaut.context.annotation.Value("${selam.desk.events.heartbeat:20s}")
                         Duration heartbeat) {
        this.users = users;
        this.sessions = sessions;
        this.feed = feed;
        this.heartbeat = heartbeat;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    @ExecuteOn(TaskExecutors.BLOCKING)
    Publisher<Event<?>> events(Authentication authentication) {
        ConsoleUser me = users.of(authentication);
        long id = me.id();
        List<String> languages = List.copyOf(me.languages());
        Flux<Event<?>> changes = feed.changes().filter(h -> languages.contains(h.language()))
                .map(h -> Event.of(h.forStaff(id)).name(h.type()));
        // a comment line now and then keeps proxies from closing an idle stream; each one re-checks the login
        Flux<Boolean> checks = Flux.interval(heartbeat).publishOn(Schedulers.boundedElastic())
                .map(t -> users.find(authentication).isPresent() && sessions.live(authentication))
                .takeUntil(live -> !live).share();
        Flux<Event<?>> beats = checks.filter(live -> live).map(t -> Event.of((Object) "ping").comment("ping"));
        Mono<Boolean> ended = checks.filter(live -> !live).next();
        Flux<Event<?>> hello = Flux.just(Event.of((Object) "connected").name("hello"));
        return hello.concatWith(Flux.merge(changes, beats)).takeUntilOther(ended);
    }
}
