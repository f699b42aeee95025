package uk.org.hscp.notifier.cases;

/** Pseudonyms given in order: Child A … Child Z, then Child AA, Child AB, … (9.4.3). */
public final class Pseudonyms {

    private Pseudonyms() {
    }

    /** @param number 1 for the first case ever opened */
    public static String nth(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Pseudonyms are numbered from 1");
        }
        StringBuilder letters = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return "Child " + letters;
    }
}
