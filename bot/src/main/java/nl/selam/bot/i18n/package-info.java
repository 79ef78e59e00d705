/** Makes the translations catalogues available to the service. */
package nl.selam.bot.i18n;
