package nl.selam.bot.staff;

/**
 * The console roles of DESIGN.md. TEAMLEIDER (issue 15) supervises the human side: the queue's figures and charts
 * in the supervisor's view, aggregates only, never a resident's words.
 */
public enum StaffRole { TOLK, SLEUTELPERSOON, REDACTEUR, BEHEERDER, TEAMLEIDER }
