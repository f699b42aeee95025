package uk.org.hscp.notifier.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Ids for {@code IN (:ids)}, split so no statement binds more than PostgreSQL's 32,767 parameters. */
public final class InLists {

    static final int SIZE = 1000;

    private InLists() {
    }

    /** The distinct ids, in their order, in lists of at most 1,000; none for none. */
    public static List<List<Long>> of(Collection<Long> ids) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<List<Long>> lists = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += SIZE) {
            lists.add(distinct.subList(from, Math.min(distinct.size(), from + SIZE)));
        }
        return lists;
    }
}
