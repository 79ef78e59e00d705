/** Selam's own texts (buttons, notices, errors) per language, formatted with ICU MessageFormat. */
package nl.selam.translations;
