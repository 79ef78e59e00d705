/** {@code POST /api/ask}: a stateless dry run of language, safety, retrieval and decision for one message. */
package nl.selam.bot.ask;
