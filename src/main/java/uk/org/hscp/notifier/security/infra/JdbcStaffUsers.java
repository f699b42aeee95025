package uk.org.hscp.notifier.security.infra;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

import uk.org.hscp.notifier.platform.Timestamps;
import uk.org.hscp.notifier.security.StaffAuthorities;
import uk.org.hscp.notifier.security.StaffRole;
import uk.org.hscp.notifier.security.StaffUser;
import uk.org.hscp.notifier.security.StaffUsers;

/** Staff who sign in, from the staff_user table. */
@Repository
class JdbcStaffUsers implements StaffUsers {

    /** What {@link #staffUser} reads: never the password hash. */
    private static final String SELECT_STAFF_USER =
            "SELECT username, display_name, role, agency, enabled, created_at, locked_at, break_glass FROM staff_user";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcStaffUsers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String hash, String role, String agency, boolean enabled, boolean locked) {
        }
        Row row = jdbc.sql("SELECT username, password_hash, role, agency, enabled, locked_at FROM staff_user"
                        + " WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getObject(6) != null))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such staff user"));
        return User.withUsername(row.username())
                .password(row.hash() == null ? "{noop}" + java.util.UUID.randomUUID() : row.hash())
                .authorities(StaffAuthorities.of(StaffRole.valueOf(row.role()), Optional.ofNullable(row.agency())))
                .disabled(!row.enabled())
                .accountLocked(row.locked())
                .build();
    }

    @Override
    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_user WHERE username = :u").param("u", username)
                .query(Integer.class).single() > 0;
    }

    @Override
    public void create(String username, String displayName, String passwordHash, StaffRole role,
            Optional<String> agency) {
        jdbc.sql("""
                INSERT INTO staff_user (username, password_hash, display_name, role, agency, enabled, created_at)
                VALUES (:u, :hash, :name, :role, :agency, TRUE, :at)""")
                .param("u", username).param("hash", passwordHash).param("name", displayName)
                .param("role", role.name()).param("agency", agency.orElse(null))
                .param("at", Timestamps.utc(clock.instant()))
                .update();
    }

    @Override
    public List<StaffUser> all() {
        return jdbc.sql(SELECT_STAFF_USER + " ORDER BY role, username").query(JdbcStaffUsers::staffUser).list();
    }

    @Override
    public Optional<StaffUser> find(String username) {
        return jdbc.sql(SELECT_STAFF_USER + " WHERE username = :u").param("u", username)
                .query(JdbcStaffUsers::staffUser).optional();
    }

    @Override
    public void setPasswordHash(String username, String passwordHash) {
        jdbc.sql("UPDATE staff_user SET password_hash = :hash WHERE username = :u")
                .param("hash", passwordHash).param("u", username).update();
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE staff_user SET enabled = :e WHERE username = :u").param("e", enabled).param("u", username)
                .update();
    }

    @Override
    public boolean lock(String username) {
        return jdbc.sql("UPDATE staff_user SET locked_at = :at WHERE username = :u AND locked_at IS NULL")
                .param("at", Timestamps.utc(clock.instant())).param("u", username).update() > 0;
    }

    @Override
    public void unlock(String username) {
        jdbc.sql("UPDATE staff_user SET locked_at = NULL WHERE username = :u").param("u", username).update();
    }

    @Override
    public void setBreakGlass(String username, boolean breakGlass) {
        jdbc.sql("UPDATE staff_user SET break_glass = :b WHERE username = :u").param("b", breakGlass)
                .param("u", username).update();
    }

    private static StaffUser staffUser(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lockedAt = rs.getObject("locked_at", OffsetDateTime.class);
        return new StaffUser(rs.getString("username"), rs.getString("display_name"),
                StaffRole.valueOf(rs.getString("role")), Optional.ofNullable(rs.getString("agency")),
                rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(lockedAt).map(OffsetDateTime::toInstant), rs.getBoolean("break_glass"));
    }
}
