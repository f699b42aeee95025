package uk.org.hscp.notifier.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The chain check on rows in memory: each kind of tampering, and what the check says. */
class AuditChainCheckTests {

    private static final Instant T = Instant.parse("2026-11-23T09:00:00.123456Z");

    /** Five rows, ids 1..5, properly chained from the genesis hash. */
    private static List<AuditChainCheck.Row> chain(long firstId, String previous) {
        List<AuditChainCheck.Row> rows = new ArrayList<>();
        for (long id = firstId; id < firstId + 5; id++) {
            Instant at = T.plusSeconds(id);
            String hash = AuditHash.of(id, at, "team", "VIEW_CASE", "HSCP-2026-000" + id, null, previous);
            rows.add(new AuditChainCheck.Row(id, at, "team", "VIEW_CASE", "HSCP-2026-000" + id, null, previous, hash));
            previous = hash;
        }
        return rows;
    }

    static Stream<Arguments> tampering() {
        return Stream.of(
                Arguments.of("untouched", (UnaryOperator<List<AuditChainCheck.Row>>) rows -> rows, "intact", 0L),
                Arguments.of("detail of row 3 changed", edit(3, r -> new AuditChainCheck.Row(r.id(), r.at(), r.username(),
                        r.action(), r.subject(), "changed", r.previousHash(), r.hash())), "CHANGED", 3L),
                Arguments.of("moment of row 1 changed", edit(1, r -> new AuditChainCheck.Row(r.id(), r.at().plusSeconds(1),
                        r.username(), r.action(), r.subject(), r.detail(), r.previousHash(), r.hash())), "CHANGED", 1L),
                Arguments.of("row 2 rewritten with a fresh hash", edit(2, r -> {
                    String hash = AuditHash.of(r.id(), r.at(), "someone-else", r.action(), r.subject(), r.detail(),
                            r.previousHash());
                    return new AuditChainCheck.Row(r.id(), r.at(), "someone-else", r.action(), r.subject(), r.detail(),
                            r.previousHash(), hash);
                }), "CHANGED", 2L),
                Arguments.of("row 3 deleted", remove(3), "REMOVED", 3L),
                Arguments.of("row 1 deleted", remove(1), "REMOVED", 1L),
                Arguments.of("last row deleted", remove(5), "REMOVED", 5L));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("tampering")
    void findsTheFirstRowChangedOrRemoved(String what, UnaryOperator<List<AuditChainCheck.Row>> tamper, String verdict,
            long rowId) {
        List<AuditChainCheck.Row> original = chain(1, AuditHash.GENESIS);
        AuditChainCheck check = new AuditChainCheck(0, AuditHash.GENESIS);
        tamper.apply(new ArrayList<>(original)).forEach(check::accept);

        var result = check.finish(5, original.get(4).hash());

        assertThat(result.problem().map(Enum::name).orElse("intact")).isEqualTo(verdict);
        assertThat(result.rowId()).isEqualTo(rowId);
        assertThat(result.describe()).contains(verdict.equals("intact") ? "intact" : "entry id " + rowId + " was");
    }

    @ParameterizedTest(name = "anchored at {0}")
    @MethodSource("anchors")
    void aPurgedChainIsCheckedFromItsAnchor(long anchorId, boolean anchorRight, String verdict) {
        List<AuditChainCheck.Row> rows = chain(anchorId + 1, "a".repeat(64));
        AuditChainCheck check = new AuditChainCheck(anchorId, anchorRight ? "a".repeat(64) : "b".repeat(64));
        rows.forEach(check::accept);
        var result = check.finish(anchorId + 5, rows.get(4).hash());
        assertThat(result.problem().map(Enum::name).orElse("intact")).isEqualTo(verdict);
    }

    static Stream<Arguments> anchors() {
        return Stream.of(Arguments.of(40L, true, "intact"), Arguments.of(40L, false, "CHANGED"));
    }

    private static UnaryOperator<List<AuditChainCheck.Row>> edit(long id, UnaryOperator<AuditChainCheck.Row> change) {
        return rows -> rows.stream().map(r -> r.id() == id ? change.apply(r) : r).toList();
    }

    private static UnaryOperator<List<AuditChainCheck.Row>> remove(long id) {
        return rows -> rows.stream().filter(r -> r.id() != id).toList();
    }
}
