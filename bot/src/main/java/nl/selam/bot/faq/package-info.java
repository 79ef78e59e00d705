/**
 * The FAQ's editing workflow as a domain, apart from any screen: drafts and revisions per topic and language, review
 * and publishing (published revisions overlay the shipped content), translation tasks, staff suggestions and new
 * entries. The console's FAQ and task pages (console/faq) are one user of it.
 */
package nl.selam.bot.faq;
