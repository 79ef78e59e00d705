/**
 * The beheerder's screens: staff accounts, the municipality profile (which overrides {@code selam.municipality.*} in
 * answers through {@link nl.selam.bot.console.admin.ProfileOverlay}), runtime settings (retention, waiting-time
 * limits) and the outbox's parked messages. Every page is for the BEHEERDER role only; every change is audited.
 */
package nl.selam.bot.console.admin;
