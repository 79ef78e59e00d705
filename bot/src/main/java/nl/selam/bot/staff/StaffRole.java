package nl.selam.bot.staff;

/** The console roles of DESIGN.md. */
public enum StaffRole { TOLK, SLEUTELPERSOON, REDACTEUR, BEHEERDER }
