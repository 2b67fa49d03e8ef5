package org.vigil.domain;

/**
 * Who may give a signature of one meaning (SIG-1, ROLE-2): the signature dialog offers exactly
 * these people, and starts with the logged-in user only when they are one of them, so a nurse's
 * name is never put forward for a prescriber's override. The service still checks every
 * signature; this only decides what is offered.
 *
 * @param permission what the signer's role must allow
 * @param prescribingRight whether the signer must also hold the prescribing right (PRE-2: a dose)
 * @param someoneElse whether the signer must be another person than the one acting (CD-5: a witness)
 */
public record SigningRight(Permission permission, boolean prescribingRight, boolean someoneElse) {

    /** An override of a rule, or a clinical sign-off: any prescriber (PAT-2, BP-2, DIS-1, DIS-2). */
    public static final SigningRight PRESCRIBER = new SigningRight(Permission.PRESCRIBE, false, false);
    /** A dose: a prescriber who holds the prescribing right (PRE-2). */
    public static final SigningRight DOSE = new SigningRight(Permission.PRESCRIBE, true, false);
    /** A witness to a waste: another member of staff who handles stock (CD-5). */
    public static final SigningRight WITNESS = new SigningRight(Permission.HANDLE_STOCK, false, true);

    /** Whether this account could give the signature, leaving aside who is acting. */
    public boolean heldBy(UserAccount account) {
        return account.active() && permission.grantedTo(account.roles()) && (!prescribingRight || account.prescribingRight());
    }

    /** Whether the logged-in user could sign it at their own workstation. */
    public boolean heldBy(Actor actor) {
        return !someoneElse && actor.may(permission) && (!prescribingRight || actor.prescribingRight());
    }

    /** The bundle key of the sentence that says who can sign, for a refusal worded for people. */
    public String onlyKey() {
        return someoneElse ? "signature.only.witness" : prescribingRight ? "signature.only.dose" : "signature.only.prescriber";
    }
}
