package uk.org.hscp.notifier.dispatch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.h2.tools.TriggerAdapter;

/**
 * An H2 trigger on {@code delivery} that refuses, while {@link #failing} is set, every update marking a delivery
 * SENT: the database blip of the moment right after the SMTP relay accepted the e-mail.
 */
public class FailingSentMark extends TriggerAdapter {

    static volatile boolean failing;

    @Override
    public void fire(Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
        if (failing && newRow != null && "SENT".equals(newRow.getString("status"))) {
            throw new SQLTransientConnectionException("the database did not answer (test)", "08006");
        }
    }
}
