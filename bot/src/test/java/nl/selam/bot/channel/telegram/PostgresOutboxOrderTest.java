package nl.selam.bot.channel.telegram;

import nl.selam.bot.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;

import java.util.Map;

/**
 * The order-per-chat contract on PostgreSQL, two instances on one fresh schema. Skipped locally without a server;
 * in CI it fails instead (see {@link Postgres}).
 */
@EnabledIf("nl.selam.bot.support.Postgres#shouldRun")
class PostgresOutboxOrderTest extends OutboxOrderContract {

    @Override
    Map<String, Object> database() {
        return Postgres.freshSchema("selam_outbox_order");
    }
}
