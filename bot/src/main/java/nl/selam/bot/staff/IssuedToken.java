package nl.selam.bot.staff;

/** A token just created: {@code token} is the only time the secret exists outside the caller's hands. */
public record IssuedToken(StaffApiToken stored, String token) {

    @Override
    public String toString() {
        return "IssuedToken[id=" + stored.id() + ", token=[REDACTED]]";
    }
}
