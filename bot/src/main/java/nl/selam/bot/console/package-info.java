/**
 * The staff console: server-rendered pages (Micronaut Views, Thymeleaf) for tolken, sleutelpersonen, redacteuren and
 * beheerders, behind console logins. {@code access} holds logins, roles and CSRF protection; each other sub-package
 * is one screen family.
 */
package nl.selam.bot.console;
