/** Selam's Micronaut service: the channels, the ask API and the web chat around the knowledge base. */
package nl.selam.bot;
