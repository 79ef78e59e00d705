/**
 * Runtime settings: values a beheerder changes in the console that override the configuration without a restart.
 * A neutral place, so the features that read them (privacy, escalation) do not depend on the console.
 */
package nl.selam.bot.settings;
