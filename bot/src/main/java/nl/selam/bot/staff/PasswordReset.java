package nl.selam.bot.staff;

/** A staff member's password was replaced (a beheerder's reset): every session logged in with the old one ends. */
public record PasswordReset(long staffId) {
}
