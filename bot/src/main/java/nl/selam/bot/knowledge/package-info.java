/** Wires the knowledge-base answer engine into the service and reports its readiness. */
package nl.selam.bot.knowledge;
