package uk.org.hscp.notifier.forms;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Immutable copies for the form records: {@code null} becomes empty, nulls inside are dropped. */
final class Copies {

    private Copies() {
    }

    static <T> List<T> list(Collection<T> items) {
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        return items.stream().filter(Objects::nonNull).toList();
    }

    static <E extends Enum<E>> Set<E> enums(Collection<E> items, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (items != null) {
            items.stream().filter(Objects::nonNull).forEach(copy::add);
        }
        return Collections.unmodifiableSet(copy);
    }
}
