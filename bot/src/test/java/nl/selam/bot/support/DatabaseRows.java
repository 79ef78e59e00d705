package nl.selam.bot.support;

import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Counts rows straight from the database, to prove what was (not) stored. */
@Singleton
@io.micronaut.data.connection.annotation.Connectable
public class DatabaseRows {

    private final DataSource dataSource;

    public DatabaseRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The resident who wrote a message containing this text, or null. */
    public Long residentOf(String text) {
        return query("SELECT resident_id FROM message WHERE text LIKE ? ORDER BY id LIMIT 1", "%" + text + "%");
    }

    /** Rows in every table that belong to a resident. */
    public long countFor(long residentId) {
        String sql = "SELECT (SELECT COUNT(*) FROM resident WHERE id = ?) + (SELECT COUNT(*) FROM conversation "
                + "WHERE resident_id = ?) + (SELECT COUNT(*) FROM message WHERE resident_id = ?) + (SELECT COUNT(*) "
                + "FROM escalation WHERE resident_id = ?) + (SELECT COUNT(*) FROM outbox o JOIN message m "
                + "ON o.message_id = m.id WHERE m.resident_id = ?)";
        return query(sql, residentId, residentId, residentId, residentId, residentId);
    }

    public long countText(String text) {
        return query("SELECT COUNT(*) FROM message WHERE text LIKE ?", "%" + text + "%");
    }

    public long totalMessages() {
        return query("SELECT COUNT(*) FROM message");
    }

    public long auditEntriesOf(long staffId) {
        return query("SELECT COUNT(*) FROM audit_entry WHERE staff_id = ?", staffId);
    }

    /** Changes rows directly (e.g. to let a code expire); returns how many. */
    public int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... args) {
        return query(sql, args);
    }

    private Long query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? (Long) rs.getObject(1, Long.class) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
