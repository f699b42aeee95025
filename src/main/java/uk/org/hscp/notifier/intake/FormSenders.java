package uk.org.hscp.notifier.intake;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import uk.org.hscp.notifier.agencies.KnownSenders;

import uk.org.hscp.notifier.forms.FormType;

/**
 * What a form's sender may change, whatever the form or the subject says. A Referral Form may come from any
 * known agency; a Referral Response Form only from an agency asked for its summary of involvement on the case
 * (config/agencies.yml gives the sender's agency: the response meets that agency's deadline and no other); a
 * Rapid Review Form only from the HSCP team's own addresses ({@code hscp.intake.hscp-team-senders}). Plain Java.
 */
public final class FormSenders {

    private final KnownSenders knownSenders;
    private final Set<String> hscpTeam;

    public FormSenders(KnownSenders knownSenders, List<String> hscpTeamSenders) {
        this.knownSenders = knownSenders;
        this.hscpTeam = hscpTeamSenders.stream().map(KnownSenders::normalised).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The agency a response from this address speaks for (its code in config/agencies.yml), if any. */
    public Optional<String> agencyOf(String sender) {
        return knownSenders.agencyOf(sender).map(KnownSenders.Agency::code);
    }

    /**
     * @param askedOnCase whether an agency (by code) was asked for a summary of involvement on the form's case
     * @return why the sender may not send this form (plain words for the HSCP team), or empty when it may
     */
    public Optional<String> refusal(FormType type, String sender, Predicate<String> askedOnCase) {
        return switch (type) {
            case LIG_REFERRAL -> Optional.empty();
            case RAPID_REVIEW -> KnownSenders.normalised(sender).filter(hscpTeam::contains).isPresent()
                    ? Optional.empty()
                    : Optional.of("A Rapid Review Form is taken only from the HSCP team's own addresses"
                            + " (hscp.intake.hscp-team-senders); this one came from another address.");
            case LIG_REFERRAL_RESPONSE -> {
                Optional<String> agency = agencyOf(sender);
                if (agency.isEmpty()) {
                    yield Optional.of("A Referral Response Form meets its sender's own agency's deadline, and the"
                            + " sender's address belongs to no agency.");
                }
                yield askedOnCase.test(agency.get()) ? Optional.empty()
                        : Optional.of("A Referral Response Form meets only its sender's own agency's summary of"
                                + " involvement; the sender's agency (" + agency.get() + ") was not asked for one on"
                                + " this case.");
            }
        };
    }
}
