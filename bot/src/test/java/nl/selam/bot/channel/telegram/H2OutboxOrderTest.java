package nl.selam.bot.channel.telegram;

import java.util.Map;

/** The order-per-chat contract on the embedded default (H2 in PostgreSQL mode), two instances on one database. */
class H2OutboxOrderTest extends OutboxOrderContract {

    @Override
    Map<String, Object> database() {
        return h2("outbox-order");
    }
}
