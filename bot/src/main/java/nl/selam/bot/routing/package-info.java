/**
 * Two responder types with different rights (issue 15): the routing rules (content, {@code routing/rules.yml})
 * that send crisis, medical, legal and media escalations to professional tolken and practical questions to
 * sleutelpersonen, the presence of staff that decides the fallback to the other pool, and nothing else: what a
 * sleutelpersoon may read is {@link nl.selam.bot.privacy.StaffViewMasking}'s.
 */
package nl.selam.bot.routing;
