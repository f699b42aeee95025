package uk.org.hscp.notifier.cases;

import java.time.LocalDate;

/** What opening a case needs from a Referral Form. Holds identities: never printed. */
public record NewCase(String childFirstName, String childLastName, LocalDate childDateOfBirth,
        String referringAgency, String referrerEmail, LocalDate referralDate) {

    @Override
    public String toString() {
        return "NewCase[redacted]";
    }
}
