/**
 * Operator metrics: Selam's own meters (fed by events from the conversation, escalation, outbox and knowledge
 * features, labels only, never text or who), queue figures read at scrape time, and the token-protected
 * Prometheus endpoint.
 */
package nl.selam.bot.metrics;
